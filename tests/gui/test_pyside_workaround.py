"""The app survives PySide6's None reference leak on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from dpwallet.ui.pyside_workaround import keep_none_alive


def test_none_has_room_for_a_long_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    keep_none_alive()
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(1000):
        label.setText("x")
    assert sys.getrefcount(None) > 1 << 40
