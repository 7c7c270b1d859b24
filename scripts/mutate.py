"""A small AST mutation tester: how many one-token changes to a module do its tests notice?

    python scripts/mutate.py app/catalogue/cues.py --tests "tests/catalogue -m 'not slow'" \\
        [--functions negated,find_cues] [--max 60] [--timeout 120] [--seed 0] [--json results.json]

**Mutation points** (in the chosen functions, nested ones included, or the whole module; annotations are
skipped): comparison swaps (== ↔ !=, < ↔ >=, <= ↔ >, in ↔ not in, is ↔ is not), and ↔ or, `not x` → `x`,
True ↔ False, a number c → c + 1, `-x` → `x`, `return <expr>` → `return None`, and an if statement's
condition → True and → False.

**Applying a mutant** edits only the source text of the node (or, for an operator, the operator between its
operands, found from the operands' positions), so the rest of the file stays byte for byte as written. The
edited text is parsed again and must give exactly the AST the mutation means; a mutant that does not is
skipped and said so. Then the test command runs with `-x -q -p no:cacheprovider`: a failure, an error or a
timeout kills the mutant, a pass lets it survive.

**The file is always restored.** It must match git HEAD before anything runs (so a mutant left by a crash is
noticed, never mistaken for the original); each mutant is undone in a `finally`, SIGTERM included, and the
original modification time is put back. The tests run with PYTHONDONTWRITEBYTECODE=1, so no mutant's
bytecode is cached where a later run could pick it up.

**Sampling.** With more points than --max, a shuffle seeded by --seed picks --max of them: the same module,
functions and seed give the same mutants. They run in file order.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import os
import random
import re
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

PYTEST_FLAGS = ["-x", "-q", "-p", "no:cacheprovider"]

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.LtE: ast.Gt,
    ast.Gt: ast.LtE,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_COMPARE_TEXT = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.GtE: ">=",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
}
# Between two operands there is only the operator, parentheses, whitespace, line continuations and comments.
_COMPARE_OP = re.compile(
    r"==|!=|<=|>=|<|>|(?<!\w)not\s+in(?!\w)|(?<!\w)in(?!\w)|(?<!\w)is\s+not(?!\w)|(?<!\w)is(?!\w)"
)
_BOOL_OP = re.compile(r"(?<!\w)(?:and|or)(?!\w)")
_COMMENT = re.compile(r"#[^\n]*")
# an operand that needs no parentheses when it replaces `not x` or `-x`
_ATOMS = (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant, ast.List, ast.Dict, ast.Set)


@dataclass
class Point:
    """One mutation: text edits (start, end, new text) in character offsets, and the AST change they mean."""

    line: int
    col: int  # 1-based, in characters
    function: str
    mutation: str
    snippet: str
    edits: list[tuple[int, int, str]] = field(repr=False)
    node_index: int = field(repr=False)  # the node's position in ast.walk order
    kind: str = field(repr=False)
    arg: object = field(repr=False, default=None)

    def describe(self) -> str:
        return f"{self.function}: {self.mutation}  in `{self.snippet}`"


@dataclass
class Result:
    location: str
    function: str
    mutation: str
    snippet: str
    status: str  # "killed" | "survived" | "timeout" (killed) | "skipped"
    seconds: float


class Source:
    """The module's text with (line, UTF-8 column) → character offset conversion."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + len(self.lines[line - 1].encode("utf-8")[:col].decode("utf-8"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        start = self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]
        return start, self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]

    def segment(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.text[start:end]

    def gap(self, before: ast.AST, after: ast.AST, pattern: re.Pattern[str]) -> tuple[int, int] | None:
        """The operator between two operands: its span, found in the text between them."""
        start, end = self.span(before)[1], self.span(after)[0]
        between = _COMMENT.sub(lambda m: " " * len(m[0]), self.text[start:end])
        m = pattern.search(between)
        return (start + m.start(), start + m.end()) if m else None


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _annotation_ids(tree: ast.AST) -> set[int]:
    """Nodes inside annotations: with `from __future__ import annotations` a mutant there changes nothing."""
    roots: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation:
            roots.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
            roots.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            roots.append(node.annotation)
    return {id(n) for root in roots for n in ast.walk(root)}


def _scopes(tree: ast.Module, functions: list[str] | None) -> Iterator[tuple[str, ast.AST]]:
    """(function name, root) to mutate: the named functions (at any depth, methods as name or Class.name)."""
    if not functions:
        yield "<module>", tree
        return
    wanted = set(functions)
    found: set[str] = set()

    def visit(node: ast.AST, prefix: str) -> Iterator[tuple[str, ast.AST]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                qualified = f"{prefix}{child.name}"
                names = {child.name, qualified} & wanted
                if names and not isinstance(child, ast.ClassDef):
                    found.update(names)
                    yield qualified, child
                    continue
                yield from visit(child, qualified + ".")
            else:
                yield from visit(child, prefix)

    yield from visit(tree, "")
    missing = wanted - found
    if missing:
        raise SystemExit(f"no function named {', '.join(sorted(missing))} in the module")


def find_points(source: Source, tree: ast.Module, functions: list[str] | None) -> list[Point]:
    """Every mutation point of the chosen scope, in file order."""
    index = {id(node): i for i, node in enumerate(ast.walk(tree))}
    parent = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    skip = _annotation_ids(tree)
    points: list[Point] = []
    seen: set[int] = set()

    def add(
        node: ast.AST,
        function: str,
        mutation: str,
        edits: list[tuple[int, int, str]],
        kind: str,
        arg: object = None,
        snippet_of: ast.AST | None = None,
    ) -> None:
        if snippet_of is None and isinstance(node, ast.Constant | ast.UnaryOp):
            # a bare `3` says little: show the expression around it
            above = parent.get(id(node))
            while isinstance(above, ast.keyword | ast.comprehension):  # `maxsplit=1`: the call around it
                above = parent.get(id(above))
            snippet_of = above if isinstance(above, ast.expr) else node
        snippet = _short(source.segment(snippet_of or node))
        line = node.lineno  # type: ignore[attr-defined]
        col = source.span(node)[0] - source.starts[line - 1] + 1
        points.append(Point(line, col, function, mutation, snippet, edits, index[id(node)], kind, arg))

    def wrapped(node: ast.AST) -> str:
        text = source.segment(node)
        return text if isinstance(node, _ATOMS) else f"({text})"

    for function, root in _scopes(tree, functions):
        for node in ast.walk(root):
            if id(node) in skip or id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, ast.Compare):
                operands = [node.left, *node.comparators]
                for i, op in enumerate(node.ops):
                    span = source.gap(operands[i], operands[i + 1], _COMPARE_OP)
                    new = _COMPARE_SWAPS[type(op)]
                    if span:
                        old_text, new_text = _COMPARE_TEXT[type(op)], _COMPARE_TEXT[new]
                        add(
                            node,
                            function,
                            f"{old_text} → {new_text}",
                            [(*span, new_text)],
                            "compare",
                            (i, new),
                        )
            elif isinstance(node, ast.BoolOp):
                spans = [
                    source.gap(a, b, _BOOL_OP) for a, b in zip(node.values, node.values[1:], strict=False)
                ]
                old_text, new_text = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
                if all(spans):
                    edits = [(s[0], s[1], new_text) for s in spans if s]
                    add(node, function, f"{old_text} → {new_text}", edits, "boolop")
            elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
                what = "not x → x" if isinstance(node.op, ast.Not) else "-x → x"
                add(node, function, what, [(*source.span(node), wrapped(node.operand))], "unwrap")
            elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
                new_value = not node.value
                add(
                    node,
                    function,
                    f"{node.value} → {new_value}",
                    [(*source.span(node), repr(new_value))],
                    "constant",
                    new_value,
                )
            elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
                new_value = node.value + 1
                add(
                    node,
                    function,
                    f"{node.value!r} → {new_value!r}",
                    [(*source.span(node), repr(new_value))],
                    "constant",
                    new_value,
                )
            elif (
                isinstance(node, ast.Return)
                and node.value is not None
                and not (isinstance(node.value, ast.Constant) and node.value.value is None)
            ):
                add(node, function, "return x → return None", [(*source.span(node.value), "None")], "return")
            elif isinstance(node, ast.If):
                for value in (True, False):
                    add(
                        node,
                        function,
                        f"if x → if {value}",
                        [(*source.span(node.test), str(value))],
                        "if",
                        value,
                        snippet_of=node.test,
                    )
    points.sort(key=lambda p: (p.line, p.col, p.node_index, p.mutation))
    return points


def expected_tree(tree: ast.Module, point: Point) -> ast.Module:
    """The module's AST with the point's mutation applied to the tree itself."""
    mutant = copy.deepcopy(tree)
    node = list(ast.walk(mutant))[point.node_index]
    if point.kind == "compare":
        i, new = point.arg  # type: ignore[misc]
        node.ops[i] = new()  # type: ignore[attr-defined]
    elif point.kind == "boolop":
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()  # type: ignore[attr-defined]
    elif point.kind == "constant":
        node.value = point.arg  # type: ignore[attr-defined]
    elif point.kind == "return":
        node.value = ast.Constant(None)  # type: ignore[attr-defined]
    elif point.kind == "if":
        node.test = ast.Constant(point.arg)  # type: ignore[attr-defined]
    elif point.kind == "unwrap":
        operand = node.operand  # type: ignore[attr-defined]

        class Unwrap(ast.NodeTransformer):
            def visit_UnaryOp(self, visited: ast.UnaryOp) -> ast.AST:
                return operand if visited is node else self.generic_visit(visited)

        mutant = Unwrap().visit(mutant)
    return mutant


def _applies(tree: ast.Module, point: Point, mutated: str) -> bool:
    """Whether the edited text parses to exactly the AST the mutation means."""
    try:
        return ast.dump(ast.parse(mutated)) == ast.dump(expected_tree(tree, point))
    except SyntaxError:
        return False


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def check_matches_head(path: Path) -> bytes:
    """The file's bytes, after making sure they are git HEAD's: a mutant left behind must not pass for it."""
    top = subprocess.run(
        ["git", "-C", str(path.parent), "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    relative = path.resolve().relative_to(Path(top).resolve()).as_posix()
    head = subprocess.run(["git", "-C", top, "show", f"HEAD:{relative}"], capture_output=True)
    if head.returncode != 0:
        raise SystemExit(f"{path} is not in git HEAD: commit it first, a mutant is checked against it")
    current = path.read_bytes()
    if current != head.stdout:
        raise SystemExit(
            f"{path} differs from git HEAD (a mutant left by an interrupted run, or uncommitted work): "
            f"commit it, or restore it with `git checkout -- {path}`, then run again"
        )
    return current


def run_tests(command: list[str], timeout: float) -> tuple[str, float]:
    """("passed" | "failed" | "timeout", seconds) of one test run, in its own process group."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    started = time.monotonic()
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return "timeout", time.monotonic() - started
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    return ("passed" if code == 0 else "failed"), time.monotonic() - started


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")  # unwinds through the finally that restores the file


def sample(points: list[Point], limit: int, seed: int) -> list[Point]:
    if len(points) <= limit:
        return points
    chosen = points[:]
    random.Random(seed).shuffle(chosen)
    keep = {id(p) for p in chosen[:limit]}
    return [p for p in points if id(p) in keep]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", type=Path, help="the Python file to mutate")
    parser.add_argument("--tests", required=True, help="pytest arguments, e.g. \"tests/x -m 'not slow'\"")
    parser.add_argument("--functions", help="comma-separated function names (default: the whole module)")
    parser.add_argument("--max", type=int, default=60, help="at most this many mutants (seeded sample)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per test run; longer kills")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--list", action="store_true", help="only list the sampled mutants; run no tests")
    args = parser.parse_args(argv)

    path: Path = args.module
    original = check_matches_head(path)
    text = original.decode("utf-8")
    tree = ast.parse(text, filename=str(path))
    source = Source(text)
    functions = [f.strip() for f in args.functions.split(",") if f.strip()] if args.functions else None
    points = find_points(source, tree, functions)
    chosen = sample(points, args.max, args.seed)
    command = [sys.executable, "-m", "pytest", *shlex.split(args.tests), *PYTEST_FLAGS]
    if args.list:
        for point in chosen:
            applies = _applies(tree, point, apply(text, point.edits))
            print(f"{path}:{point.line}:{point.col} {point.describe()}", end="")
            print("" if applies else "  (skipped: the text edit does not give the intended AST)")
        return 0
    print(f"{path}: {len(points)} mutation points, running {len(chosen)}; tests: {shlex.join(command[3:])}")

    outcome, baseline = run_tests(command, args.timeout)
    if outcome != "passed":
        print(f"the tests do not pass on the original ({outcome} after {baseline:.1f}s): nothing to measure")
        return 2
    print(f"baseline: passed in {baseline:.1f}s")
    if baseline * 1.5 > args.timeout:
        print(
            f"warning: --timeout {args.timeout:g}s is close to the baseline: "
            "slow survivors may count as killed"
        )

    stat = os.stat(path)
    previous = signal.signal(signal.SIGTERM, _terminate)
    results: list[Result] = []
    width = len(str(len(chosen)))
    try:
        for n, point in enumerate(chosen, start=1):
            mutated = apply(text, point.edits)
            location = f"{path}:{point.line}:{point.col}"
            if not _applies(tree, point, mutated):
                status, seconds = "skipped", 0.0
            else:
                try:
                    path.write_text(mutated, encoding="utf-8")
                    if int(os.stat(path).st_mtime) == int(stat.st_mtime):
                        # bytecode is checked by mtime in seconds and size: make sure the mutant differs
                        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
                    outcome, seconds = run_tests(command, args.timeout)
                finally:
                    path.write_bytes(original)
                    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
                status = {"passed": "survived", "failed": "killed", "timeout": "timeout"}[outcome]
            results.append(
                Result(location, point.function, point.mutation, point.snippet, status, round(seconds, 1))
            )
            print(
                f"[{n:>{width}}/{len(chosen)}] {location} {point.describe()}  {status}  {seconds:.1f}s",
                flush=True,
            )
    finally:
        if path.read_bytes() != original:  # never leave a mutant behind
            path.write_bytes(original)
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        signal.signal(signal.SIGTERM, previous)

    ran = [r for r in results if r.status != "skipped"]
    killed = sum(r.status in ("killed", "timeout") for r in ran)
    survivors = [r for r in ran if r.status == "survived"]
    skipped = len(results) - len(ran)
    percent = 100.0 * killed / len(ran) if ran else 100.0
    if survivors:
        print("survived:")
        for r in survivors:
            print(f"  {r.location} {r.function}: {r.mutation}  in `{r.snippet}`")
    if skipped:
        print(f"skipped {skipped} mutant(s) whose text edit did not give the intended AST")
    print(f"killed {killed} of {len(ran)} ({percent:.0f}%)")
    if args.json:
        report = {
            "module": str(path),
            "tests": args.tests,
            "functions": functions,
            "seed": args.seed,
            "points": len(points),
            "baseline_seconds": round(baseline, 1),
            "killed": killed,
            "total": len(ran),
            "percent": round(percent, 1),
            "results": [asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
