"""Extract, merge and compile the console's translations (Qt .ts sources and .qm files).

Usage (from the project root or anywhere)::

    .venv/bin/python scripts/update_translations.py          # update the .ts files, compile the .qm files
    .venv/bin/python scripts/update_translations.py --check  # write nothing; exit 1 if anything is untranslated
    .venv/bin/python scripts/update_translations.py --import tr.json  # also fill translations from a JSON list

The update runs ``pyside6-lupdate`` (found next to ``sys.executable``) over every ``.py`` file under
``console/`` and ``widgets/`` into ``resources/translations/console_{zh_CN,zh_TW}.ts``. Existing
translations are kept; strings that vanished from the source are dropped. Then ``pyside6-lrelease``
compiles each .ts into the .qm next to it. English is the source language, so ``console_en.ts`` holds only
the plural forms of the ``tr("%n ticket(s)", "", n)`` strings ("1 ticket", "2 tickets"; lupdate ``-pluralonly``).
New strings arrive as ``type="unfinished"``: translate them
(Qt Linguist, or by editing the XML) and run the script again to compile. ``--import`` takes translations
delivered as JSON, a list of ``{"context", "source", "zh_CN", "zh_TW"}`` objects, and fills the matching
unfinished entries; a plural string takes a list of forms (``"en": ["%n ticket", "%n tickets"]``; Chinese has
one form, given as a string).

lupdate does not see strings passed to a module-level wrapper such as ``console/qt/text.py``'s
``_tr(text)`` (``return QCoreApplication.translate("format", text)``). This script finds such wrappers
and their literal arguments with :mod:`ast` and hands them to lupdate as ``QT_TRANSLATE_NOOP`` lines in
a temporary stub, whose locations are then rewritten to point at the real source lines.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("console", "widgets")
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")
SOURCE_LANGUAGE = "en"
PLURALS_ONLY = (SOURCE_LANGUAGE,)  # languages whose .ts holds only the plural forms
ALL_LANGUAGES = (*LANGUAGES, *PLURALS_ONLY)
STUB_NAME = "wrapped_tr_strings.py"

_PLACEHOLDER = re.compile(r"%(\d+)")
_ACCEL = re.compile(r"&([^&\s])")
_CJK = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"  # Han, CJK punctuation and full-width forms
# Half-width punctuation touching Chinese text; "(&T)" is Qt's accelerator marker and stays as it is.
_HALF_WIDTH = re.compile(rf"(?<={_CJK})[,;:?!]|[,;:?!](?={_CJK})|(?<={_CJK})\((?!&)|\((?!&)(?={_CJK})|(?<={_CJK})\)|"
                         rf"(?<!&.)\)(?={_CJK})")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    forms: tuple[str, ...] = ()  # a plural string's forms (``translation`` is them joined by newlines)


@dataclass(frozen=True)
class WrappedString:
    """A literal passed to a translate() wrapper, which lupdate cannot see by itself."""

    context: str
    source: str
    file: Path
    line: int


# ---------------------------------------------------------------------------- paths and tools
def tool(name: str) -> Path:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` from the running interpreter's environment."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.exists():
            return candidate
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found next to {sys.executable} or on PATH")
    return Path(found)


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"console_{language}.ts"


def qm_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"console_{language}.qm"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every .py file under the source directories, in a stable order."""
    files: list[Path] = []
    for d in SOURCE_DIRS:
        files.extend(p for p in (root / d).rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


def _run(cmd: list[str | Path]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc


# ---------------------------------------------------------------------------- wrapped tr() strings
def _is_translate_call(node: ast.AST) -> bool:
    """``QCoreApplication.translate(...)`` or ``QApplication.translate(...)`` or bare ``translate(...)``."""
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr == "translate") or (isinstance(f, ast.Name) and f.id == "translate")


def _wrappers(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """Module-level functions that pass one of their parameters as the text of translate("ctx", text).

    Returns name -> (context, index of that parameter).
    """
    found: dict[str, tuple[str, int]] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = [a.arg for a in fn.args.args]
        for node in ast.walk(fn):
            if not (_is_translate_call(node) and isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            ctx, text = node.args[0], node.args[1]
            if (isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)
                    and isinstance(text, ast.Name) and text.id in params):
                found[fn.name] = (ctx.value, params.index(text.id))
    return found


def wrapped_strings(files: list[Path] | None = None) -> list[WrappedString]:
    """Literal arguments of translate() wrappers, per module (the wrapper is called where it is defined)."""
    out: list[WrappedString] = []
    for path in files if files is not None else source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        wrappers = _wrappers(tree)
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers:
                context, index = wrappers[node.func.id]
                if index < len(node.args):
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        out.append(WrappedString(context, arg.value, path, node.lineno))
    return sorted(out, key=lambda w: (str(w.file), w.line, w.source))


def _write_stub(strings: list[WrappedString], directory: Path) -> Path:
    """QT_TRANSLATE_NOOP lines for lupdate; line N+2 of the stub is strings[N]."""
    lines = ["# Generated by scripts/update_translations.py; lupdate input only.",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP"]
    lines += [f"QT_TRANSLATE_NOOP({json.dumps(s.context, ensure_ascii=False)}, "
              f"{json.dumps(s.source, ensure_ascii=False)})" for s in strings]
    stub = directory / STUB_NAME
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def _relocate(ts: Path, stub: Path, strings: list[WrappedString]) -> None:
    """Point the stub's <location> entries at the wrapper calls in the real sources."""
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(r'<location filename="([^"]*)" line="(\d+)"/>')

    def fix(m: re.Match[str]) -> str:
        if Path(os.path.normpath(ts.parent / m.group(1))) != stub:
            return m.group(0)
        s = strings[int(m.group(2)) - 3]
        rel = Path(os.path.relpath(s.file, ts.parent)).as_posix()
        return f'<location filename="{rel}" line="{s.line}"/>'

    new = pattern.sub(fix, text)
    if new != text:
        ts.write_text(new, encoding="utf-8")


# ---------------------------------------------------------------------------- lupdate / lrelease
def lupdate(ts_files: list[Path], *, locations: str = "absolute") -> None:
    """Extract from the sources into ``ts_files`` (created if missing, merged if present); the source language's
    file gets only the plural strings."""
    plural = [ts for ts in ts_files if Path(ts).stem.removeprefix("console_") in PLURALS_ONLY]
    if plural:
        _lupdate(plural, locations, "-pluralonly")
    rest = [ts for ts in ts_files if ts not in plural]
    if rest:
        _lupdate(rest, locations)


def _lupdate(ts_files: list[Path], locations: str, *options: str) -> None:
    files = source_files()
    strings = wrapped_strings(files)
    with tempfile.TemporaryDirectory(prefix="lupdate-") as tmp:
        inputs = list(files)
        stub = None
        if strings:
            stub = _write_stub(strings, Path(tmp).resolve())
            inputs.append(stub)
        _run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", locations, *options,
              "-source-language", SOURCE_LANGUAGE, *inputs, "-ts", *ts_files])
        if stub is not None and locations != "none":
            for ts in ts_files:
                _relocate(Path(ts).resolve(), stub, strings)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one .ts into ``qm``.

    Unfinished translations are left out (English shows instead); a finished one that drops a place
    marker, an accelerator or surrounding whitespace fails the build.
    """
    _run([tool("pyside6-lrelease"), "-silent", "-nounfinished", "-fail-on-invalid", ts, "-qm", qm])


# ---------------------------------------------------------------------------- checking
def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    """(context, source) -> message, for the current (not obsolete/vanished) messages of a .ts file."""
    out: dict[tuple[str, str], Message] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms: list[str] = []
            if tr is not None and msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
                text = "\n".join(forms)
                filled = bool(forms) and all(forms)
            else:
                text = (tr.text or "") if tr is not None else ""
                filled = bool(text)
            out[(name, source)] = Message(name, source, text, finished=filled and kind != "unfinished",
                                          forms=tuple(forms))
    return out


def validate(msg: Message) -> list[str]:
    """What a finished translation must keep from its source: placeholders, accelerators, leading symbols (each
    plural form; a plural string's ``%n`` too)."""
    if msg.forms:
        return sorted({p for form in msg.forms for p in validate(Message(msg.context, msg.source, form, True))}
                      | {"%n missing" for form in msg.forms if "%n" in msg.source and "%n" not in form})
    problems = []
    src, tr = msg.source, msg.translation
    if sorted(_PLACEHOLDER.findall(src)) != sorted(_PLACEHOLDER.findall(tr)):
        problems.append("placeholders differ")
    accel = _ACCEL.findall(src.replace("&&", ""))
    if accel and not re.search(rf"\(&{re.escape(accel[0])}\)|&{re.escape(accel[0])}", tr, re.IGNORECASE):
        problems.append(f"accelerator &{accel[0]} missing")
    if src and unicodedata.category(src[0]) == "So" and not tr.startswith(src[0]):  # ● ▲ ■ ◷ …
        problems.append(f"leading {src[0]} missing")
    return problems


def chinese_punctuation(msg: Message) -> list[str]:
    """Half-width punctuation in a Chinese translation, where Chinese takes the full-width forms (，；：？！（）)."""
    found = sorted({m.group() for text in (msg.forms or (msg.translation,)) for m in _HALF_WIDTH.finditer(text)})
    return [f"half-width {' '.join(found)} in Chinese text"] if found else []


def check(languages: tuple[str, ...] = ALL_LANGUAGES, directory: Path = TS_DIR) -> list[str]:
    """Problems with the committed .ts files against the sources now; empty when all is translated.

    Runs lupdate over copies in a temporary directory, so nothing in the tree is written.
    """
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="lcheck-") as tmp:
        copies = []
        committed: dict[str, dict[tuple[str, str], Message]] = {}
        for lang in languages:
            original, copy = ts_path(lang, directory), ts_path(lang, Path(tmp))
            committed[lang] = read_ts(original) if original.exists() else {}
            if original.exists():
                shutil.copyfile(original, copy)
            copies.append(copy)
        lupdate(copies, locations="none")
        for lang, copy in zip(languages, copies, strict=True):
            current = read_ts(copy)
            for key, msg in current.items():
                where = f"{lang}: [{msg.context}] {msg.source!r}"
                if key not in committed[lang]:
                    problems.append(f"{where}: missing from {ts_path(lang, directory).name}")
                elif not committed[lang][key].finished:
                    problems.append(f"{where}: unfinished")
                else:
                    problems.extend(f"{where}: {p}" for p in validate(committed[lang][key]))
                    if lang.startswith("zh"):
                        problems.extend(f"{where}: {p}" for p in chinese_punctuation(committed[lang][key]))
    return problems


# ---------------------------------------------------------------------------- importing
def fill(ts: Path, language: str, entries: list[dict[str, str | list[str]]]) -> int:
    """Fill the unfinished messages of ``ts`` that ``entries`` translate; returns how many were filled.

    A plural string takes a list of forms, or one string for every form."""
    given = {(e["context"], e["source"]): e[language] for e in entries if e.get(language)}
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = given.get((name, msg.findtext("source") or ""))
            if tr is None or text is None or tr.get("type") != "unfinished":
                continue
            if msg.get("numerus") == "yes":
                slots = list(tr.iter("numerusform"))
                forms = [text] * len(slots) if isinstance(text, str) else text
                if len(forms) != len(slots):
                    continue
                for slot, form in zip(slots, forms, strict=True):
                    slot.text = form
            elif isinstance(text, str):
                tr.text = text
            else:
                continue
            del tr.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


# ---------------------------------------------------------------------------- entry point
def update(languages: tuple[str, ...] = ALL_LANGUAGES, directory: Path = TS_DIR,
           imports: list[dict[str, str | list[str]]] | None = None) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    files = [ts_path(lang, directory) for lang in languages]
    lupdate(files)
    if imports and sum(fill(ts, lang, imports) for ts, lang in zip(files, languages, strict=True)):
        lupdate(files)  # lupdate writes the .ts in its own layout again
    for lang in languages:
        lrelease(ts_path(lang, directory), qm_path(lang, directory))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true",
                   help="write nothing; list strings that are missing, unfinished or malformed, exit 1 if any")
    p.add_argument("--import", dest="imports", type=Path, nargs="+", default=[], metavar="JSON",
                   help='fill unfinished entries from JSON lists of {"context", "source", "zh_CN", "zh_TW"}')
    args = p.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(line)  # noqa: T201
        if problems:
            print(f"{len(problems)} translation problem(s); run scripts/update_translations.py and translate "  # noqa: T201
                  "the unfinished entries.", file=sys.stderr)
            return 1
        print("All source strings are translated in " + ", ".join(LANGUAGES)  # noqa: T201
              + "; English has its plural forms.")
        return 0
    imports = [e for f in args.imports for e in json.loads(f.read_text(encoding="utf-8"))]
    update(imports=imports)
    for lang in ALL_LANGUAGES:
        msgs = read_ts(ts_path(lang)).values()
        todo = sum(not m.finished for m in msgs)
        print(f"{ts_path(lang).relative_to(ROOT)}: {len(msgs)} strings, {todo} unfinished")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
