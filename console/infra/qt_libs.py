"""The system libraries Qt's plugins need on Linux, found by asking the dynamic linker (ldd).

PySide6's wheels bundle Qt itself but not the X11, Wayland, OpenGL, D-Bus and audio libraries its
plugins link against; a plugin with an unresolved library is skipped by Qt, and a missing xcb
platform plugin aborts the application. ``./dev`` runs this module after installing the wheels to
learn which Debian packages to install, and a test keeps every plugin the console loads resolved.
No Qt is imported here: it must work before Qt can load.

    python -m console.infra.qt_libs             # each unresolved library, who needs it, its package; exit 1 if any
    python -m console.infra.qt_libs --packages  # the Debian packages to install, one a line
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# The plugins the console loads (relative to PySide6/Qt/plugins; globs allowed): X11 and Wayland
# desktops, offscreen rendering (screenshots, tests), OpenGL on X, call recordings (FFmpeg backend),
# images and SVG icons, input methods (Chinese input through IBus), the desktop portal.
PLUGINS = (
    "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
    "xcbglintegrations/*.so", "multimedia/libffmpegmediaplugin.so", "imageformats/*.so", "iconengines/*.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so", "platformthemes/libqxdgdesktopportal.so",
)

# Which Debian/Ubuntu package provides each library the plugins above link outside the wheel
# (found with ldd in a fresh Debian 12 minbase root, then `dpkg -S`).
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libXext.so.6": "libxext6", "libXrandr.so.2": "libxrandr2", "libdbus-1.so.3": "libdbus-1-3",
    "libdrm.so.2": "libdrm2", "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libpulse.so.0": "libpulse0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def plugins_dir() -> Path | None:
    """PySide6's plugin folder, found without importing Qt; None when PySide6 is not installed."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


def plugin_files(root: Path, patterns: Iterable[str] = PLUGINS) -> list[Path]:
    return sorted({f for pattern in patterns for f in root.glob(pattern)})


def not_found(ldd_output: str) -> set[str]:
    """The libraries ldd could not resolve."""
    return set(_NOT_FOUND.findall(ldd_output))


def unresolved(root: Path | None = None, patterns: Iterable[str] = PLUGINS) -> dict[str, list[str]]:
    """Each library that a plugin needs and the dynamic linker cannot find, with the plugins needing it."""
    root = root or plugins_dir()
    if root is None:
        return {}
    missing: dict[str, list[str]] = {}
    for plugin in plugin_files(root, patterns):
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
        for lib in sorted(not_found(out)):
            missing.setdefault(lib, []).append(str(plugin.relative_to(root)))
    return missing


def packages_for(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """(Debian packages providing ``libraries``, libraries no package is known for)."""
    known = sorted({DEBIAN_PACKAGES[lib] for lib in libraries if lib in DEBIAN_PACKAGES})
    return known, sorted(lib for lib in libraries if lib not in DEBIAN_PACKAGES)


def x_server_reachable(display: str) -> bool:
    """Whether something listens where ``display`` (``[host]:N[.S]``) points; it does not check authorization."""
    host, _, number = display.rpartition(":")
    number = number.split(".")[0]
    if not number.isdigit():
        return host.startswith("/")  # a launchd socket path (macOS): trust it
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        targets: list[tuple[int, object]] = [(socket.AF_UNIX, "\0" + path), (socket.AF_UNIX, path)]
    else:
        targets = [(socket.AF_INET, (host, 6000 + int(number)))]
    for family, address in targets:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(2.0)
            try:
                s.connect(address)  # type: ignore[arg-type]
            except OSError:
                continue
            return True
    return False


def display_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """Why Qt could not open a window here (it would abort), in one line; None when it can."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith(("xcb", "wayland"))):
        return None  # offscreen, minimal, vnc...: no display needed
    if environ.get("WAYLAND_DISPLAY") and not platform.startswith("xcb"):
        return None
    if platform.startswith("wayland"):
        return "no Wayland display (WAYLAND_DISPLAY is not set)"
    display = environ.get("DISPLAY", "")
    if not display:
        return "no X display (DISPLAY is not set)"
    if not x_server_reachable(display):
        return f"no X server answers on DISPLAY={display}"
    missing = unresolved(patterns=("platforms/libqxcb.so",))
    if missing:
        packages, unknown = packages_for(missing)
        return (f"Qt's X11 plugin cannot load: {', '.join(sorted(missing))} missing "
                f"(Debian/Ubuntu packages: {' '.join(packages + unknown)}; `./dev setup` installs them)")
    return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m console.infra.qt_libs", description=__doc__.split("\n\n")[0])
    p.add_argument("--packages", action="store_true", help="print only the Debian packages to install, one a line")
    args = p.parse_args(argv)
    missing = unresolved()
    packages, unknown = packages_for(missing)
    if args.packages:
        sys.stdout.write("".join(f"{package}\n" for package in packages))
    else:
        for lib, users in sorted(missing.items()):
            package = DEBIAN_PACKAGES.get(lib, "unknown")
            sys.stdout.write(f"{lib}: needed by {', '.join(users)}; Debian package: {package}\n")
        if missing:
            return 1
    if unknown:
        sys.stderr.write(f"No Debian package known for {', '.join(unknown)}: add it to DEBIAN_PACKAGES in {__file__}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
