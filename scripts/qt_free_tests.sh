#!/usr/bin/env bash
# The Qt-free job: build a throw-away venv WITHOUT PySide6 and pyqtgraph, install the project's other
# dependencies and the package itself (--no-deps), and run tests/unit there. It proves that console.core,
# console.infra, api_client and simulator run without Qt; import-linter proves it statically.
#   scripts/qt_free_tests.sh [pytest args]       PYTHON=/path/to/python3.11 to pick the interpreter
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$py" -m venv "$work/venv"
venv_py="$work/venv/bin/python"

# pyproject's runtime and test requirements minus Qt (PySide6*, pyqtgraph, shiboken6) and pytest-qt.
mapfile -t requirements < <("$venv_py" - <<'PY'
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
qt = re.compile(r"^\s*(pyside6|shiboken6|pyqtgraph|pytest-qt)\b", re.IGNORECASE)
for requirement in project["dependencies"] + project["optional-dependencies"]["test"]:
    if not qt.match(requirement):
        print(requirement)
PY
)
"$venv_py" -m pip install -q --disable-pip-version-check "${requirements[@]}"
"$venv_py" -m pip install -q --disable-pip-version-check --no-deps .
if "$venv_py" -c 'import PySide6' 2>/dev/null || "$venv_py" -c 'import pyqtgraph' 2>/dev/null; then
    echo "qt_free_tests: PySide6 or pyqtgraph is importable in the Qt-free venv" >&2
    exit 1
fi
# Run from a copy of the tests beside nothing else, so that the installed package (not the source tree) is used;
# the theme files go too, as data the theme tests read (tests/unit/test_theme_contrast.py).
tar -c --exclude=node_modules --exclude=__pycache__ tests pyproject.toml resources/themes | tar -x -C "$work"
cd "$work"
exec "$venv_py" -m pytest -p no:cacheprovider tests/unit "$@"
