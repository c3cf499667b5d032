"""Dependency rules from DESIGN.md, checked on the source: widgets and api_client never import console,
the simulator never imports console or widgets, and nothing outside console/widgets imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "pyqtgraph", "shiboken6")
RULES: dict[str, tuple[str, ...]] = {
    "widgets": ("console", "api_client", "simulator"),
    "api_client": ("console", "widgets", "simulator", *QT),
    "simulator": ("console", "widgets", *QT),
    "console/core/store.py": QT,  # the live store and metrics stay plain Python
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def files(target: str) -> list[Path]:
    path = ROOT / target
    return [path] if path.is_file() else sorted(path.rglob("*.py"))


@pytest.mark.parametrize("target", sorted(RULES))
def test_dependencies_point_one_way(target: str) -> None:
    checked = files(target)
    assert checked, f"nothing to check under {target}"
    for path in checked:
        for module in imported_modules(path):
            top = module.split(".")[0]
            assert top not in RULES[target], f"{path.relative_to(ROOT)} imports {module}"


def test_the_rule_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from console.core.store import LiveStore\nimport PySide6.QtCore\n")
    assert imported_modules(bad) == {"console.core.store", "PySide6.QtCore"}
