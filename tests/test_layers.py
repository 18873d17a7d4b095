"""The layers point one way: etl → queries → dashboard → benchmarks, and the command line above them all.

Every import of every module is read from its syntax tree (imports inside functions too), so a lazy import
that climbs a layer fails here as surely as one at the top of a file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Which of our packages each package may import (itself included). The README's Layout says the same.
MAY_IMPORT = {
    "etl": {"etl"},
    "queries": {"queries"},
    "dashboard": {"dashboard", "queries", "etl"},
    "benchmarks": {"benchmarks", "dashboard", "queries", "etl"},
}
OURS = set(MAY_IMPORT)
CLI = "dashboard.cli"  # the `phoihop` command: the top, it may import every package and nothing imports it
TOOLS = "etl.tools"  # the hand-run builders of data/: they may use the pipeline, the pipeline never them
NO_STREAMLIT = ("etl", "queries", "dashboard.charts", "dashboard.figures", "dashboard.maps", "dashboard.site")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(p): p
        for package in MAY_IMPORT
        for p in sorted((ROOT / package).rglob("*.py"))
        if "__pycache__" not in p.parts
    }


def imports_of(path: Path, module: str) -> set[str]:
    """The full names of the modules a file imports ("from dashboard import charts" gives dashboard.charts)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the file's own package upwards
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


MODULES = _modules()
IMPORTS = {name: imports_of(path, name) for name, path in MODULES.items()}


def _ours(names: set[str]) -> set[str]:
    return {n for n in names if n.split(".")[0] in OURS}


def test_every_module_is_read():
    assert {"etl.pipeline", "queries", "dashboard.app", "dashboard.cli", "benchmarks.run"} <= set(MODULES)


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_each_package_imports_only_the_layers_below_it(package):
    wrong = {
        f"{module} imports {name}"
        for module, names in IMPORTS.items()
        if module.split(".")[0] == package and module != CLI
        for name in _ours(names)
        if name.split(".")[0] not in MAY_IMPORT[package]
    }
    assert not wrong, sorted(wrong)


def test_the_command_line_is_the_top_nothing_imports_it():
    assert not {module for module, names in IMPORTS.items() if CLI in names}
    assert {"etl", "dashboard", "benchmarks"} <= {n.split(".")[0] for n in _ours(IMPORTS[CLI])}


def test_the_pipeline_never_imports_the_hand_run_tools():
    wrong = {m for m, names in IMPORTS.items() if not m.startswith(TOOLS) and any(n.startswith(TOOLS) for n in names)}
    assert not wrong


def test_etl_queries_and_figure_builders_never_import_streamlit():
    wrong = {
        m
        for m, names in IMPORTS.items()
        if m.startswith(NO_STREAMLIT) and any(n.split(".")[0] == "streamlit" for n in names)
    }
    assert not wrong


def test_imports_are_read_from_inside_functions_and_relative_forms(tmp_path):
    source = tmp_path / "etl" / "sub" / "mod.py"
    source.parent.mkdir(parents=True)
    source.write_text("def f():\n    from dashboard import ui\n\nfrom .. import text\nfrom .page import x\n")
    assert imports_of(source, "etl.sub.mod") == {
        "dashboard",
        "dashboard.ui",
        "etl",
        "etl.text",
        "etl.sub.page",
        "etl.sub.page.x",
    }


def _calls(path: Path) -> set[str]:
    """`owner.name` of every attribute call in a file (ui.show, st.plotly_chart)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        f"{node.func.value.id}.{node.func.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
    }


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "dashboard" / "app_pages").glob("*.py")))
def test_every_page_draws_its_charts_through_the_catalogue(page):
    """A page names a chart of dashboard/charts.py (ui.show); it wires no query to a figure builder itself."""
    module = f"dashboard.app_pages.{page[:-3]}"
    assert not IMPORTS[module] & {"dashboard.figures", "dashboard.maps"}
    assert not _calls(ROOT / "dashboard" / "app_pages" / page) & {"ui.draw", "st.plotly_chart"}
