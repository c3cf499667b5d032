"""The dependency rule of shared/DESIGN.md, proved by import-linter: the contracts in pyproject.toml hold, and
they catch a break the old direct-import check could not see (Qt reached through another module). The console,
the widgets and the API client have no import cycles (function-local imports count)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
CONTRACTS = [c["id"] for c in tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]]


def lint_imports(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` (beside this interpreter) on the packages under ``root`` with ``root``'s pyproject.toml."""
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(exe), "--no-cache", "--no-logo", *args], cwd=root, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"})


def test_every_package_is_under_contract() -> None:
    assert len(CONTRACTS) >= 5
    assert {"no-qt-below-ui", "console-layers"} <= set(CONTRACTS)


@pytest.mark.parametrize("contract", CONTRACTS)
def test_contract_is_kept(contract: str) -> None:
    result = lint_imports(ROOT, "--contract", contract)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_contracts_catch_qt_reached_through_another_module(tmp_path: Path) -> None:
    """The break of 09e1e9a: console.core.thresholds -> widgets.kpi_tile -> PySide6, with no Qt import of its own."""
    tree = {
        "console/app.py": "", "console/ui/__init__.py": "", "console/qt/__init__.py": "",
        "console/infra/__init__.py": "", "console/core/__init__.py": "",
        "console/core/thresholds.py": "from widgets.kpi_tile import Severity\n",
        "widgets/kpi_tile.py": "from PySide6.QtWidgets import QFrame\n\nSeverity = QFrame\n",
        "api_client/__init__.py": "", "apiserver/__init__.py": "", "simulator/__init__.py": "",
        "hub/__init__.py": "",
    }
    for name, text in tree.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        (path.parent / "__init__.py").touch()
    (tmp_path / "pyproject.toml").write_text(PYPROJECT.read_text(encoding="utf-8"), encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{len(CONTRACTS) - 1} kept, 1 broken" in result.stdout
    assert "console.core.thresholds -> widgets.kpi_tile" in result.stdout


@pytest.mark.parametrize("package", ["console", "widgets", "api_client", "apiserver", "hub"])
def test_no_import_cycles(package: str) -> None:
    graph = grimp.build_graph(package, cache_dir=None)
    cycles = sorted((a, b) for a in graph.modules for b in graph.find_modules_directly_imported_by(a)
                    if graph.chain_exists(importer=b, imported=a))
    assert not cycles, f"import cycles through: {cycles}"
