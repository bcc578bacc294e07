""" "Read this to me": speak a screen's sentences in order with QTextToSpeech.

Why so careful: many computers have no speech engine, or no voice for Urdu or Welsh.
Speaking Urdu words with an English voice would be nonsense, so we only speak with a voice
for the screen's language; otherwise :meth:`Reader.read` says why, and the button explains
kindly and stays usable. Nothing here may crash the app: a broken engine is "no voice".

The engine is the first real one Qt offers (never Qt's silent "mock" engine), or the one
named by ``DPWALLET_TTS_ENGINE`` (tests use ``mock``).
"""

from __future__ import annotations

import enum
import logging
import os

from PySide6.QtCore import QLocale, QObject, Signal

try:  # QtTextToSpeech is in PySide6-Addons; a build without it simply has no voice
    from PySide6.QtTextToSpeech import QTextToSpeech

    HAVE_SPEECH = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_SPEECH = False

__all__ = ["ReadResult", "Reader", "choose_engine"]

log = logging.getLogger(__name__)
ENGINE_VARIABLE = "DPWALLET_TTS_ENGINE"


class ReadResult(enum.Enum):
    SPEAKING = "speaking"
    NO_ENGINE = "no-engine"  # this computer has no speech at all
    NO_VOICE = "no-voice"  # speech works, but not in this language
    NOTHING = "nothing"  # the screen had nothing to read


def choose_engine(available: list[str]) -> str | None:
    """The engine to use: the override if it exists, else the first that is not "mock"."""
    wanted = os.environ.get(ENGINE_VARIABLE, "").strip()
    if wanted:
        return wanted if wanted in available else None
    real = [e for e in available if e != "mock"]
    return real[0] if real else None


class Reader(QObject):
    """Reads sentences one after another; ``finished`` when done or stopped."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue: list[str] = []  # what the last read() asked to say, in order
        self._tts: QTextToSpeech | None = None
        self._engine_tried = False

    def _speech(self) -> QTextToSpeech | None:
        """The QTextToSpeech object, made on first use; None when there is no engine."""
        if self._engine_tried or not HAVE_SPEECH:
            return self._tts
        self._engine_tried = True
        try:
            engine = choose_engine(list(QTextToSpeech.availableEngines()))
            if engine is None:
                return None
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                log.info("speech engine %s did not start: %s", engine, tts.errorString())
                tts.deleteLater()
                return None
            tts.stateChanged.connect(self._state_changed)
            self._tts = tts
        except RuntimeError as error:
            log.info("no text to speech: %s", error)
            self._tts = None
        return self._tts

    def voice_locale(self, language: str) -> QLocale | None:
        """A locale the engine can speak for ``language`` (same language), else None."""
        tts = self._speech()
        if tts is None:
            return None
        wanted = QLocale(language.replace("-", "_"))
        locales = list(tts.availableLocales())
        exact = [loc for loc in locales if loc.name() == wanted.name()]
        same = [loc for loc in locales if loc.language() == wanted.language()]
        found = exact or same
        return found[0] if found else None

    def read(self, sentences: list[str], language: str) -> ReadResult:
        """Start speaking ``sentences`` in order; the result says if and why not."""
        self.stop()
        self.queue = [s.strip() for s in sentences if s and s.strip()]
        if not self.queue:
            return ReadResult.NOTHING
        tts = self._speech()
        if tts is None:
            return ReadResult.NO_ENGINE
        locale = self.voice_locale(language)
        if locale is None:
            return ReadResult.NO_VOICE
        try:
            tts.setLocale(locale)
            for sentence in self.queue:
                tts.enqueue(sentence)
        except RuntimeError as error:
            log.info("speech failed: %s", error)
            return ReadResult.NO_ENGINE
        return ReadResult.SPEAKING

    def speaking(self) -> bool:
        tts = self._tts
        return tts is not None and tts.state() == QTextToSpeech.State.Speaking

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self.finished.emit()

    def engine(self) -> QTextToSpeech | None:
        """The QTextToSpeech object (tests listen to its ``sayingWord``)."""
        return self._speech()
