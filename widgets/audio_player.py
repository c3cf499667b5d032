"""A call recording player (QtMultimedia): play/pause, seek, speed, with keyboard shortcuts.

Shortcuts (``shortcut_actions``; the owner adds them where they should work): Ctrl+Space play/pause,
Ctrl+Left/Right seek 5 s, Ctrl+Shift+Left/Right 15 s, Ctrl+[ and Ctrl+] slower/faster.
Without a multimedia backend or an audio device it says so and stays usable where it can: without an
audio device playback runs silently (position, seeking and the transcript still follow).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from widgets.retranslatable import Retranslatable

log = logging.getLogger(__name__)
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SEEK_MS = 5000
BIG_SEEK_MS = 15000

# QtMultimedia looks for PipeWire as it loads and logs two lines when there is none (no audio server, as on
# a wall PC or in CI): harmless, playback goes through PulseAudio or runs silently. Keep that out of the log.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
try:
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

    MULTIMEDIA_ERROR = ""
except ImportError as exc:  # PySide6-Addons missing, or libpulse0 (Linux) not installed
    QAudioOutput = QMediaDevices = QMediaPlayer = None  # type: ignore[assignment,misc]
    MULTIMEDIA_ERROR = str(exc)


def _clock(ms: int) -> str:
    s = max(ms, 0) // 1000
    return f"{s // 60:02d}:{s % 60:02d}"


class AudioPlayer(Retranslatable, QWidget):
    """Plays a recording file; ``position_changed(ms)`` lets a transcript follow."""

    position_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = None
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.sliderMoved.connect(self.seek)
        self.time_label = QLabel(_clock(0) + " / " + _clock(0))
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda _: self._apply_speed())
        self.notice = QLabel()
        self.notice.setObjectName("PlayerNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        row.addWidget(self.speed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self.shortcut_actions: list[QAction] = []
        for keys, slot in (("Ctrl+Space", self.toggle), ("Ctrl+Left", lambda: self.skip(-SEEK_MS)),
                           ("Ctrl+Right", lambda: self.skip(SEEK_MS)),
                           ("Ctrl+Shift+Left", lambda: self.skip(-BIG_SEEK_MS)),
                           ("Ctrl+Shift+Right", lambda: self.skip(BIG_SEEK_MS)),
                           ("Ctrl+[", lambda: self.step_speed(-1)), ("Ctrl+]", lambda: self.step_speed(1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.shortcut_actions.append(action)
        self._problem = ""
        if QMediaPlayer is None:
            self._problem = "backend"
            log.warning("QtMultimedia is not available: %s", MULTIMEDIA_ERROR)
        else:
            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.player.positionChanged.connect(self._on_position)
            self.player.durationChanged.connect(self._on_duration)
            self.player.playbackStateChanged.connect(lambda _: self.retranslate())
            self.player.errorOccurred.connect(self._on_error)
            if QMediaDevices.defaultAudioOutput().isNull():
                self._problem = "device"
        self.set_enabled(False)
        self.retranslate()

    @property
    def available(self) -> bool:
        return self.player is not None

    def retranslate(self) -> None:
        playing = self.player is not None and \
            self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play/pause (Ctrl+Space); seek with Ctrl+Left/Right, "
                                            "speed with Ctrl+[ and Ctrl+]"))
        if self._problem == "backend":
            self._show_notice(self.tr("Recordings cannot play here: Qt Multimedia is not available "
                                      "(install PySide6-Addons; on Linux also libpulse0)."))
        elif self._problem == "device":
            self._show_notice(self.tr("No audio output device: the recording plays silently "
                                      "(the transcript still follows)."))
        elif self._problem:
            self._show_notice(self.tr("The recording cannot be played: %1").replace("%1", self._problem))
        else:
            self.notice.setVisible(False)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)

    def set_enabled(self, on: bool) -> None:
        for w in (self.play_button, self.slider, self.speed):
            w.setEnabled(on and self.player is not None)

    # ---------------------------------------------------------------- media
    def load_file(self, path: str) -> None:
        """Get ready to play the recording in ``path`` (a file: Qt's FFmpeg backend can hang when one
        in-memory source replaces another)."""
        if self.player is None:
            return
        if self._problem not in ("", "device"):
            self._problem = ""
            self.retranslate()
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(path))
        self._apply_speed()
        self.set_enabled(True)

    def clear(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        self.slider.setValue(0)
        self.time_label.setText(_clock(0) + " / " + _clock(0))
        self.set_enabled(False)

    def toggle(self) -> None:
        if self.player is None or not self.play_button.isEnabled():
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, ms: int) -> None:
        if self.player is not None:
            self.player.setPosition(max(0, min(ms, self.player.duration())))

    def skip(self, delta_ms: int) -> None:
        if self.player is not None:
            self.seek(self.player.position() + delta_ms)

    def step_speed(self, step: int) -> None:
        self.speed.setCurrentIndex(max(0, min(len(SPEEDS) - 1, self.speed.currentIndex() + step)))

    def _apply_speed(self) -> None:
        if self.player is not None:
            self.player.setPlaybackRate(float(self.speed.currentData()))

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time_label.setText(_clock(ms) + " / " + _clock(self.player.duration() if self.player else 0))
        self.position_changed.emit(ms)

    def _on_duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self.time_label.setText(_clock(self.slider.value()) + " / " + _clock(ms))

    def _on_error(self, error: object, message: str) -> None:
        log.warning("recording playback failed: %s", message)
        self._problem = message or "error"
        self.retranslate()
