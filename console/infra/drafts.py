"""Review drafts on local disk, written atomically so that a crash (even kill -9) never loses or corrupts one.

Each draft is one JSON file ``<interaction id>.json`` under ``platformdirs.user_data_dir("supervisor-console")/drafts``.
A write goes through :func:`api_client.safe_storage.atomic_write`, the directory fsynced too so the rename itself
survives.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path

import msgspec
import platformdirs

from api_client.models import CategoryScore
from api_client.safe_storage import atomic_write, fsync_dir

log = logging.getLogger(__name__)


class Draft(msgspec.Struct, kw_only=True):
    """A review in progress, as the reviewer left it."""

    interaction_id: int
    scorecard_id: str
    scorecard_version: int
    scores: list[CategoryScore] = []  # rated categories (value None: N/A)
    notes: dict[str, str] = {}  # comments on categories not rated yet
    comment: str = ""
    review_id: int | None = None  # set once the server has a copy (a saved draft or a submitted review)
    review_version: int | None = None
    calibration_id: int | None = None
    saved_at: float = 0.0
    last_error: str = ""  # why the last submit failed, shown when the draft comes back


def default_dir() -> Path:
    return Path(platformdirs.user_data_dir("supervisor-console")) / "drafts"


class DraftStore:
    """Reads and writes drafts in one directory. Safe to call from any one thread at a time."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or default_dir()

    def _path(self, interaction_id: int) -> Path:
        return self.root / f"{interaction_id}.json"

    def save(self, draft: Draft) -> None:
        """Write ``draft`` atomically (old content or new content, never a mix)."""
        draft.saved_at = time.time()
        atomic_write(self._path(draft.interaction_id), msgspec.json.encode(draft), sync_dir=True)

    def load(self, interaction_id: int) -> Draft | None:
        path = self._path(interaction_id)
        try:
            return msgspec.json.decode(path.read_bytes(), type=Draft)
        except FileNotFoundError:
            return None
        except (OSError, msgspec.MsgspecError) as exc:
            log.warning("unreadable draft %s: %s", path, exc)
            return None

    def all(self) -> list[Draft]:
        """Every readable draft, newest first (leftover temporary files from a crash are removed)."""
        if not self.root.is_dir():
            return []
        drafts = []
        for path in self.root.iterdir():
            if path.name.startswith(".") and path.suffix == ".tmp":
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            if path.suffix == ".json" and path.stem.isdigit():
                draft = self.load(int(path.stem))
                if draft is not None:
                    drafts.append(draft)
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def discard(self, interaction_id: int) -> None:
        """Forget a draft (after its review was submitted)."""
        with contextlib.suppress(FileNotFoundError):
            self._path(interaction_id).unlink()
            fsync_dir(self.root)

