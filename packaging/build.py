"""Build the standalone one-folder app with PyInstaller: ``python packaging/build.py [--smoke]``.

Output: ``build/dist/supervisor-console/`` (run ``supervisor-console`` inside it). ``--smoke`` then starts the
built app on the demo centre, saves a screenshot and checks it, as CI does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "supervisor-console.spec"
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP = DIST / "supervisor-console" / ("supervisor-console.exe" if os.name == "nt" else "supervisor-console")


def build(dist: Path = DIST, work: Path = WORK) -> Path:
    """Run PyInstaller on the spec; returns the built executable."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    return dist / APP.relative_to(DIST)


def smoke(app: Path, screenshot: Path, seconds: float = 12.0, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """Start the built app on the demo centre; it saves ``screenshot`` and exits after ``seconds``."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.run([str(app), "--demo", "--lang", lang, "--screenshot", str(screenshot),
                           "--quit-after", str(seconds)], env=env, capture_output=True, text=True, timeout=180)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--smoke", action="store_true", help="after building, run the app and check its screenshot")
    args = p.parse_args()
    started = time.perf_counter()
    app = build()
    print(f"built {app} in {time.perf_counter() - started:.0f} s")  # noqa: T201
    if args.smoke:
        shot = ROOT / "build" / "smoke.png"
        result = smoke(app, shot)
        if result.returncode != 0 or not shot.exists() or shot.stat().st_size < 20_000:
            print(result.stderr[-4000:], file=sys.stderr)  # noqa: T201
            print(f"smoke run failed (exit {result.returncode})", file=sys.stderr)  # noqa: T201
            return 1
        print(f"smoke run ok: {shot} ({shot.stat().st_size} bytes)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
