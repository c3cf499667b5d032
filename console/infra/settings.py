"""The console's settings: a human-readable JSON file in the user's config directory, written atomically.

``~/.config/supervisor-console/settings.json`` on Linux (platformdirs elsewhere), for example::

    {
      "language": "zh_CN",
      "theme": "dark",
      "default_profile": "Shanghai",
      "profiles": [{"name": "Shanghai", "url": "https://tickets.example.cn", "backend": "native", "user": "li"}]
    }

Secrets are never stored here (see :mod:`console.infra.profiles`). ``window`` is the main window's size, place and
maximised state (Qt's saveGeometry bytes in base64).
"""

from __future__ import annotations

import logging
from pathlib import Path

import msgspec
import platformdirs

from api_client.safe_storage import atomic_write
from console.infra.profiles import Capacities, Profile

log = logging.getLogger(__name__)


class Settings(msgspec.Struct, kw_only=True, omit_defaults=True):
    language: str | None = None  # None: follow the system locale
    theme: str | None = None  # "light" or "dark"; None or "system": follow the system's colour scheme
    default_profile: str | None = None
    profiles: list[Profile] = msgspec.field(default_factory=list)
    snapshot_cache: bool = True  # keep the last numbers on disk so the window opens with them
    window: str | None = None  # base64 of QWidget.saveGeometry(); None: fit the screen

    def profile(self, name: str | None) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def put(self, profile: Profile, previous_name: str | None = None) -> None:
        """Add ``profile`` or replace the one called ``previous_name`` (or its own name)."""
        old = self.profile(previous_name or profile.name)
        if old is not None:
            self.profiles[self.profiles.index(old)] = profile
        else:
            self.profiles.append(profile)
        if previous_name and self.default_profile == previous_name:
            self.default_profile = profile.name
        if self.default_profile is None or self.profile(self.default_profile) is None:
            self.default_profile = profile.name

    def remove(self, name: str) -> None:
        self.profiles = [p for p in self.profiles if p.name != name]
        if self.default_profile == name:
            self.default_profile = self.profiles[0].name if self.profiles else None


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir("supervisor-console"))


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings in ``path`` (defaults when there is no file), plus a message if the file was refused."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:
        return msgspec.json.decode(path.read_bytes(), type=Settings), None
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        message = f"Ignoring {path}: {exc}"
        log.warning(message)
        return Settings(), message


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write ``settings`` atomically (temporary file, fsync, rename): a crash leaves the old or the new file."""
    path = path or settings_path()
    atomic_write(path, msgspec.json.format(msgspec.json.encode(settings), indent=2) + b"\n")
    return path


def remember(path: Path | None = None, **values: str) -> None:
    """Store ``values`` (e.g. ``language=``, ``window=``) and keep the rest; a file that cannot be read is left
    alone. Call it off the GUI thread."""
    current, problem = load(path)
    if problem is None:
        for name, value in values.items():
            setattr(current, name, value)
        try:
            save(current, path)
        except OSError as exc:
            log.warning("cannot save %s: %s", ", ".join(values), exc)


def set_capacities(profile: str, capacities: Capacities, path: Path | None = None) -> None:
    """Keep ``capacities`` in the profile called ``profile`` and the rest of the file as it is (a file that cannot
    be read is left alone). Call it off the GUI thread."""
    current, problem = load(path)
    found = current.profile(profile)
    if problem is None and found is not None:
        found.capacity = capacities
        try:
            save(current, path)
        except OSError as exc:
            log.warning("cannot save the capacities of %s: %s", profile, exc)
