"""Call recordings and transcripts on the real simulator over HTTP: as long as the call, spoken at each
turn's timestamp, cached beside the database, a tone without espeak-ng; transcripts by topic and channel."""

from __future__ import annotations

import io
import shutil
import statistics
import wave
from pathlib import Path

import numpy as np
import pytest

from api_client.models import Interaction, InteractionFilter
from console.infra.demo import stop_process
from tests.helpers.sim import SimServer, make_sim

HAS_ESPEAK = shutil.which("espeak-ng") is not None


def _pcm(data: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float), w.getframerate()


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x**2))) if x.size else 0.0


def _one_contact_call(server: SimServer) -> Interaction:
    """A phone call handled in one contact (its handle time is the call), about 2 to 6 minutes long."""
    calls = server.client("qa_reviewer").interactions(InteractionFilter(channel="phone"), limit=5000)
    return next(i for i in calls if i.handle_s and 120 <= i.handle_s <= 360
                and abs((i.ended_at - i.started_at).total_seconds() - i.handle_s) < 1)


def _texts(i: Interaction) -> list[str]:
    return [t.text for t in i.turns]


@pytest.mark.skipif(not HAS_ESPEAK, reason="espeak-ng is not installed (./dev test installs it)")
def test_recording_lasts_the_call_and_speaks_each_turn_at_its_time(own_sim: SimServer) -> None:
    sim = own_sim  # a centre no other test has written to: the same call every run
    call = _one_contact_call(sim)
    data = sim.client("qa_reviewer").recording(call.id)
    pcm, rate = _pcm(data)
    assert rate in (8000, 16000)
    assert pcm.size / rate == pytest.approx(call.handle_s, abs=1.0)
    spoken = [((t.at - call.started_at).total_seconds(), t.text) for t in call.turns if not t.internal]
    starts = [at for at, _ in spoken] + [pcm.size / rate]
    heads, pauses = [], []
    for (at, text), nxt in zip(spoken, starts[1:], strict=True):
        heads.append((text, pcm[int(at * rate):int((at + 1.5) * rate)]))  # a turn's speech starts here
        pause = pcm[int((at + 8) * rate):int(nxt * rate)]  # no turn here lasts 8 s
        if pause.size > rate:
            pauses.append((text, pause))
    assert pauses, "the call has pauses between turns to check"
    for text, head in heads:
        assert _rms(head) > 100, f"no speech at the start of {text!r}"
    # Speech where the turns start, near-silence between them (a long turn may spill into one pause).
    assert statistics.median(_rms(p) for _, p in pauses) < 0.05 * statistics.median(_rms(h) for _, h in heads)
    cache = sim.db.with_name(f"{sim.db.name}.recordings")
    assert [p.name.split("-")[0] for p in cache.glob("*.wav")] == [str(call.id)]
    assert sim.client("qa_reviewer").recording(call.id) == data  # served from the cache


def test_transcripts_vary_by_topic_and_channel_and_repeat_per_id(sim: SimServer, tmp_path: Path) -> None:
    items = sim.client("qa_reviewer").interactions(limit=5000)
    by_queue: dict[str, set[tuple[str, ...]]] = {}
    for i in items:
        by_queue.setdefault(i.queue_id or "", set()).add(tuple(t.text for t in i.turns if t.speaker == "customer"))
    assert len(by_queue) == 5
    for queue, scripts in by_queue.items():
        others = set().union(*(s for q, s in by_queue.items() if q != queue))
        assert not scripts & others, f"{queue} shares a customer's words with another queue"
    closings = {(i.channel, i.language): [t.text for t in i.turns if t.speaker == "agent"][-1] for i in items}
    for lang in ("en", "zh"):
        said = {closings[ch, lang] for ch in ("phone", "chat", "email", "social", "app")}
        assert len(said) == 5, f"channels close alike in {lang}: {said}"

    again = make_sim(tmp_path, "--speed", "0", "--seed", "7")  # the shared simulator's seed and start
    try:
        same = {i.id: i for i in again.client("qa_reviewer").interactions(limit=5000)}
    finally:
        again.stop()
    assert same
    for i in items:
        if i.id in same:
            assert _texts(same[i.id]) == _texts(i)
            assert [t.at for t in same[i.id].turns] == [t.at for t in i.turns]


def test_without_espeak_the_recording_is_a_tone_as_long_as_the_call(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))  # the simulator runs by its absolute path
    server = make_sim(tmp_path, "--speed", "0")
    try:
        call = _one_contact_call(server)
        pcm, rate = _pcm(server.client("qa_reviewer").recording(call.id))
        assert pcm.size / rate == pytest.approx(call.handle_s, abs=1.0)
        seconds = [_rms(pcm[s * rate:(s + 1) * rate]) for s in range(int(pcm.size / rate))]
        assert min(seconds) > 0.5 * max(seconds)  # a steady tone: no speech, no pauses
        server.client("qa_reviewer").recording(call.id)
        assert server.proc is not None
        assert server.proc.stderr is not None
        stop_process(server.proc)
        log = server.proc.stderr.read()
    finally:
        server.stop()
    assert log.count("espeak-ng is not installed") == 1  # said once, though asked twice
    assert not list(tmp_path.glob("sim.sqlite.recordings/*.wav"))  # a tone is not cached
