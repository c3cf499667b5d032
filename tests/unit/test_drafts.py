"""Drafts survive kill -9: a child process keeps saving, is killed mid-work, and every draft reads back whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from api_client.models import CategoryScore
from console.infra.drafts import Draft, DraftStore

WRITER = """
import sys
from pathlib import Path
from api_client.models import CategoryScore
from console.infra.drafts import Draft, DraftStore

store = DraftStore(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    for iid in (1, 2, 3):
        # A large comment makes each write take long enough for the kill to land mid-write sometimes.
        store.save(Draft(interaction_id=iid, scorecard_id="standard", scorecard_version=1,
                         scores=[CategoryScore(category_id="greeting", value=n % 3)],
                         comment=f"edit {n} " + "质检" * 20000))
    print(n, flush=True)
"""


@pytest.mark.parametrize("delay_s", [0.0, 0.002, 0.005, 0.009, 0.014, 0.02])
def test_drafts_survive_kill_9(tmp_path: Path, delay_s: float) -> None:
    """Killed at different moments (also mid-write): every draft is whole and none confirmed is lost."""
    root = tmp_path / "drafts"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(root)], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).parents[2])
    assert proc.stdout is not None
    confirmed = 0
    deadline = time.monotonic() + 30
    while confirmed < 5 and time.monotonic() < deadline:
        confirmed = int(proc.stdout.readline())
    time.sleep(delay_s)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    rest = proc.stdout.read().split()
    confirmed = int(rest[-1]) if rest else confirmed
    proc.stdout.close()
    assert confirmed >= 5

    drafts = {d.interaction_id: d for d in DraftStore(root).all()}
    assert set(drafts) == {1, 2, 3}  # none lost
    for d in drafts.values():
        n = int(d.comment.split()[1])
        assert n >= confirmed  # everything confirmed before the kill is there (n+1 if killed after a write)
        assert d.comment == f"edit {n} " + "质检" * 20000  # and whole
        assert d.scores == [CategoryScore(category_id="greeting", value=n % 3)]
    assert not [p for p in root.iterdir() if p.suffix == ".tmp"]  # leftovers of the interrupted write are gone


def test_draft_round_trip_and_discard(tmp_path: Path, caplog) -> None:
    store = DraftStore(tmp_path)
    assert store.all() == []
    draft = Draft(interaction_id=7, scorecard_id="standard", scorecard_version=2, comment="回头再看",
                  scores=[CategoryScore(category_id="empathy", value=None, comment="N/A: bot")], notes={"closing": "?"},
                  last_error="the server cannot be reached")
    store.save(draft)
    assert store.load(7) == draft
    (tmp_path / "8.json").write_text("{not json")  # a damaged file is skipped, not a crash
    assert [d.interaction_id for d in store.all()] == [7]
    assert "unreadable draft" in caplog.text
    store.discard(7)
    assert store.load(7) is None
