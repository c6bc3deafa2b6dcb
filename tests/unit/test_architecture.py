"""Architecture rules that import-linter cannot state, checked on the source (AST):

- no import cycle between the modules of the five product packages, under the strict rule:
  imports inside functions count, only ``if TYPE_CHECKING:`` imports are exempt, and importing
  ``a.b.c`` also runs ``a/__init__`` and ``a/b/__init__`` (so those edges count too);
- no function or method longer than 80 lines;
- the explicit list of intake's non-kernel modules in the import-linter contracts is complete.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("intake", "verifiers", "mail", "databox", "storage")
KERNEL = ("intake.model", "intake.errors", "intake.states")
MAX_LINES = 80


@dataclass(frozen=True)
class Module:
    name: str
    path: Path

    @property
    def is_package(self) -> bool:
        return self.path.name == "__init__.py"


def modules(root: Path, packages: tuple[str, ...]) -> dict[str, Module]:
    """Every module of ``packages`` under ``root`` (Alembic migrations are scripts, not modules)."""
    found: dict[str, Module] = {}
    for pkg in packages:
        for path in sorted((root / pkg).rglob("*.py")):
            rel = path.relative_to(root)
            if "migrations" in rel.parts:
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = Module(".".join(parts), path)
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``) blocks."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            exempt.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return exempt


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.name.split(".")
    if not module.is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imported_names(module: Module, tree: ast.AST) -> Iterator[str]:
    exempt = _type_checking_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in exempt:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph(mods: dict[str, Module]) -> dict[str, set[str]]:
    """module -> the modules of ours that importing it runs (parents of each target included)."""
    graph: dict[str, set[str]] = {name: set() for name in mods}
    for name, module in mods.items():
        tree = ast.parse(module.path.read_text(encoding="utf-8"))
        for target in _imported_names(module, tree):
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                prefix = ".".join(parts[:i])
                if prefix in mods and prefix != name:
                    graph[name].add(prefix)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def long_functions(mods: dict[str, Module], limit: int = MAX_LINES) -> list[str]:
    out = []
    for name, module in sorted(mods.items()):
        for node in ast.walk(ast.parse(module.path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    out.append(f"{name}.{node.name}: {length} lines")
    return out


# ------------------------------------------------------------------ the product ------------


def test_no_import_cycles() -> None:
    found = cycles(import_graph(modules(ROOT, PACKAGES)))
    assert not found, "import cycles (strict rule, see module docstring):\n" + "\n".join(
        " <-> ".join(c) for c in found
    )


def test_no_function_over_80_lines() -> None:
    found = long_functions(modules(ROOT, PACKAGES))
    assert not found, "split by concept (named steps):\n" + "\n".join(found)


def _non_kernel_lists() -> dict[str, set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    return {
        cid: {m for m in contracts[cid]["forbidden_modules"] if m.startswith("intake.")}
        for cid in ("kernel", "adapters")
    }


def test_import_contracts_list_every_non_kernel_intake_module() -> None:
    """import-linter cannot say "intake except the kernel", so the contracts list intake's
    children; a new module under intake/ must be added there (or to the kernel)."""
    children = {name for name in modules(ROOT, ("intake",)) if name.count(".") == 1}
    expected = children - set(KERNEL)
    for cid, listed in _non_kernel_lists().items():
        assert listed == expected, (cid, sorted(expected - listed), sorted(listed - expected))


# ------------------------------------------------------------------ the checker itself -----


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("b_text", "cycle"),
    [
        ("def f():\n    from pkg import c\n", True),  # function-level import counts
        ("from . import c\n", True),  # relative import
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.c\n", False),
        ("", False),
    ],
)
def test_checker_sees_function_level_and_relative_imports(
    tmp_path: Path, b_text: str, cycle: bool
) -> None:
    _write(tmp_path, {"pkg/__init__.py": "", "pkg/b.py": b_text, "pkg/c.py": "import pkg.b\n"})
    found = cycles(import_graph(modules(tmp_path, ("pkg",))))
    assert found == ([["pkg.b", "pkg.c"]] if cycle else [])


def test_checker_counts_parent_package_init(tmp_path: Path) -> None:
    """``pkg/__init__`` re-exports from ``pkg.a``, which imports ``pkg.sub.x``: importing that
    runs ``pkg/__init__`` (and ``pkg/sub/__init__``), a cycle although ``pkg.a`` never names
    ``pkg`` itself."""
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg.a import A\n",
            "pkg/a.py": "from pkg.sub.x import X\nA = X\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/x.py": "X = 1\n",
        },
    )
    graph = import_graph(modules(tmp_path, ("pkg",)))
    assert graph["pkg.a"] == {"pkg", "pkg.sub", "pkg.sub.x"}
    assert cycles(graph) == [["pkg", "pkg.a"]]


def test_checker_finds_long_functions(tmp_path: Path) -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_LINES))
    text = f"def long():\n{body}\n\ndef ok():\n    pass\n"
    _write(tmp_path, {"pkg/__init__.py": "", "pkg/m.py": text})
    assert long_functions(modules(tmp_path, ("pkg",))) == [f"pkg.m.long: {MAX_LINES + 1} lines"]
