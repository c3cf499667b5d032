"""Benchmarks: ``python -m benchmarks NAME [args]`` runs ``benchmarks/NAME.py``'s ``main(argv)``.

Each benchmark measures a named baseline in the same run and ends with exactly one
summary line ``NAME: key=value key=value ...``. ``python -m benchmarks --list`` lists them.
Modules whose name starts with ``_`` are helpers, not benchmarks.
"""
