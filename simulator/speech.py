"""Phone recordings as long as the call: each transcript turn spoken by espeak-ng at its timestamp.

Two voices (agent and customer) in the call's language, silence between turns, 8 kHz mono 16-bit WAV
(telephone quality, about 1 MB a minute). Made on the first request and kept in a cache directory; the
file's name carries a digest of the transcript, so a changed conversation or a new database never gets
an old recording. Without espeak-ng (or when it fails) the recording is a tone of the same length, said
once in the log.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
import wave
from pathlib import Path

import msgspec
import numpy as np

from api_client.models import Interaction, Turn

log = logging.getLogger(__name__)
RATE = 8000
FORMAT = 1  # part of each cached file's digest: raise it when the audio changes
_VOICES = {  # language -> speaker -> (espeak-ng voice, words per minute)
    "en": {"agent": ("en-us+f3", 175), "customer": ("en-gb+m3", 165)},
    "zh": {"agent": ("cmn+f3", 200), "customer": ("cmn+m3", 190)},
}
_TIMEOUT_S = 30.0  # one turn: a few seconds of speech takes espeak-ng milliseconds
_warned = False
_making = threading.Lock()


def call_seconds(item: Interaction) -> float:
    """How long the recording of ``item`` is: the call from ``started_at`` to ``ended_at``."""
    return max((item.ended_at - item.started_at).total_seconds(), 0.0)


def recording(item: Interaction, cache: Path) -> bytes:
    """The WAV of ``item``'s call, from ``cache`` or made now (blocking: call it off the event loop)."""
    digest = hashlib.sha256(msgspec.json.encode([FORMAT, item.language, item.started_at, item.ended_at,
                                                 item.turns])).hexdigest()[:16]
    path = cache / f"{item.id}-{digest}.wav"
    if path.exists():  # written whole (renamed into place), so read without waiting
        return path.read_bytes()
    with _making:  # one at a time: two requests for a new recording make it once
        if path.exists():
            return path.read_bytes()
        pcm = spoken(item)
        if pcm is None:
            return _wav(tone(item.id, call_seconds(item)))
        data = _wav(pcm)
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)  # customers speak in them
        fd, tmp = tempfile.mkstemp(dir=cache, suffix=".part")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return data


def spoken(item: Interaction) -> np.ndarray | None:
    """The call as 16-bit samples at RATE: every customer-visible turn spoken at its offset from the
    start and cut where the next one begins; None (logged once) when espeak-ng is missing or fails."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        _warn_once("espeak-ng is not installed (Debian package espeak-ng): recordings are tones, not speech")
        return None
    voices = _VOICES["zh" if item.language.startswith("zh") else "en"]
    out = np.zeros(round(call_seconds(item) * RATE), dtype=np.int16)
    turns = [t for t in item.turns if not t.internal and t.speaker in voices]
    starts = [_sample(item, t) for t in turns] + [out.size]
    try:
        for turn, begin, end in zip(turns, starts[:-1], starts[1:], strict=True):
            if begin < end:
                voice, wpm = voices[turn.speaker]
                audio = _speak(exe, turn.text, voice, wpm)[: end - begin]
                out[begin:begin + audio.size] = audio
    except (OSError, subprocess.SubprocessError, ValueError) as e:
        _warn_once(f"espeak-ng failed ({e}): recordings are tones, not speech")
        return None
    return out


def _sample(item: Interaction, turn: Turn) -> int:
    return max(0, round((turn.at - item.started_at).total_seconds() * RATE))


def _speak(exe: str, text: str, voice: str, wpm: int) -> np.ndarray:
    """``text`` said by espeak-ng in ``voice``, resampled to RATE."""
    digits = re.sub(r"\d{5,}", lambda m: " ".join(m.group()), text)  # order numbers: digit by digit
    done = subprocess.run([exe, "-b", "1", "-v", voice, "-s", str(wpm), "--stdout"], input=digits.encode(),
                          capture_output=True, timeout=_TIMEOUT_S, check=True)
    raw = done.stdout
    if raw[:4] != b"RIFF" or b"data" not in raw[:100]:  # its header's sizes are placeholders: read past them
        raise ValueError("espeak-ng wrote no WAV")
    src = int.from_bytes(raw[24:28], "little")
    start = raw.index(b"data") + 8
    samples = np.frombuffer(raw[start:start + (len(raw) - start) // 2 * 2], dtype="<i2").astype(np.float64)
    return np.clip(_resample(samples, src), -32768, 32767).astype(np.int16)


def _resample(x: np.ndarray, src: int) -> np.ndarray:
    """``x`` from ``src`` Hz to RATE: low-pass below the new Nyquist frequency, then interpolate."""
    if src == RATE or x.size == 0:
        return x
    taps = np.arange(-32, 33)
    cutoff = 0.45 * min(RATE, src) / src  # cycles per input sample
    kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(taps.size)
    smooth = np.convolve(x, kernel / kernel.sum(), mode="same")
    return np.interp(np.arange(int(x.size * RATE / src)) * (src / RATE), np.arange(x.size), smooth)


def tone(seed: int, seconds: float) -> np.ndarray:
    """Two alternating voice-like tones, ``seconds`` long at RATE (deterministic per ``seed``)."""
    rng = np.random.default_rng(seed)
    t = np.arange(round(seconds * RATE)) / RATE
    pitch = np.where((t * 1.5).astype(int) % 2 == 0, 180.0, 120.0)  # speaker turns every 0.67 s
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2
    signal = envelope * np.sin(2 * np.pi * pitch * t) + 0.05 * rng.standard_normal(t.size)
    return (np.clip(signal, -1, 1) * 0.6 * 32767).astype(np.int16)


def _wav(pcm: np.ndarray) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.astype("<i2").tobytes())
    return buf.getvalue()


def _warn_once(message: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning(message)
