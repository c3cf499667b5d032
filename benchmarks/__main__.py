"""Run one benchmark: ``python -m benchmarks NAME [args]``; ``--list`` (or no NAME) lists them."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import pkgutil
import sys
from pathlib import Path
from typing import TextIO

import benchmarks


def available() -> dict[str, str]:
    """Benchmark name -> the first line of its module docstring (read without importing it)."""
    found: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        found[info.name] = _summary(info.name)
    return found


def _summary(name: str) -> str:
    spec = importlib.util.find_spec(f"benchmarks.{name}")
    origin = spec.origin if spec else None
    try:
        doc = ast.get_docstring(ast.parse(Path(origin).read_text(encoding="utf-8"))) if origin else None
    except (OSError, SyntaxError, ValueError) as exc:
        return f"(cannot read: {type(exc).__name__})"
    return doc.strip().splitlines()[0] if doc else "(no docstring)"


def print_list(out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    names = available()
    width = max((len(n) for n in names), default=0)
    print("Benchmarks (python -m benchmarks NAME [args], NAME --help for options):", file=stream)
    for name, doc in names.items():
        print(f"  {name:<{width}}  {doc}", file=stream)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("--list", "-l", "list", "-h", "--help"):
        print_list()
        return 0
    name, rest = args[0], args[1:]
    names = available()
    if name not in names:
        print(f"benchmarks: unknown benchmark {name!r}; available: {', '.join(names) or '(none)'}",
              file=sys.stderr)
        return 2
    module = importlib.import_module(f"benchmarks.{name}")
    run = getattr(module, "main", None)
    if not callable(run):
        print(f"benchmarks: benchmarks/{name}.py has no main(argv) function", file=sys.stderr)
        return 2
    return int(run(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
