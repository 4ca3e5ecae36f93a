"""The shape of the code: modules import on their own, engines stay inside kg/stores/, modules stay small."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import kg

from .conftest import ROOT

KG = ROOT / "kg"


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg.") if not m.name.endswith(".__main__"))


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(tree: ast.Module, modules: set[str]) -> set[str]:
    """kg modules imported when the module runs (not inside functions or TYPE_CHECKING)."""
    out: set[str] = set()
    stack: list[ast.stmt] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.If | ast.Try):
            stack += [*node.body, *node.orelse, *getattr(node, "finalbody", []),
                      *(s for h in getattr(node, "handlers", []) for s in h.body)]
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module in modules:
            subs = {f"{node.module}.{a.name}" for a in node.names} & modules
            # `from pkg import submodule` needs the submodule; any other name needs pkg itself
            out |= subs if len(subs) == len(node.names) else subs | {node.module}
    return out


def test_no_import_cycles():
    # A cycle is what made `import kg.cli_graph` fail in a fresh interpreter while
    # `import kg.cli` worked: whether it breaks depends on which module is imported first.
    files = {_module_of(p): p for p in KG.rglob("*.py")}
    modules = set(files)
    graph = {m: _top_level_imports(ast.parse(p.read_text(encoding="utf-8")), modules) for m, p in files.items()}
    cycles = []
    for start in sorted(graph):
        seen, todo = set(), list(graph[start])
        while todo:
            m = todo.pop()
            if m == start:
                cycles.append(start)
                break
            if m not in seen:
                seen.add(m)
                todo += graph[m]
    assert cycles == []


def test_every_module_imports():
    code = (
        "import importlib\n"
        f"for name in {_modules()!r}:\n"
        "    importlib.import_module(name)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert len(_modules()) > 40


def _sources(exclude: str | None = None) -> dict[str, str]:
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in KG.rglob("*.py")
            if exclude is None or not str(p.relative_to(KG)).startswith(exclude)}


def test_no_engine_class_is_named_outside_the_stores_package():
    engines = ("OxigraphStore", "RemoteStore")
    outside = {path: [e for e in engines if re.search(rf"\b{e}\b", text)]
               for path, text in _sources("stores").items()}
    assert {p: e for p, e in outside.items() if e} == {}


def test_store_option_is_declared_once():
    declared = {p: text.count('"--store"') for p, text in _sources().items()}
    assert sum(declared.values()) == 1 and declared["kg/cli/options.py"] == 1


def test_no_module_outside_extract_is_over_450_lines():
    sizes = {p: text.count("\n") for p, text in _sources("extract").items()}
    assert {p: n for p, n in sizes.items() if n > 450} == {}


def test_no_module_of_extract_is_over_500_lines():
    # The extraction rules grow with every construction real reports use; a phase past
    # 500 lines is split by job (cues, places, counts, merging) rather than let grow.
    sizes = {p: text.count("\n") for p, text in _sources().items() if p.startswith("kg/extract/")}
    assert len(sizes) > 20
    assert {p: n for p, n in sizes.items() if n > 500} == {}
