"""Give any ``ScreenView`` an easy read twin that shows while easy read is on.

Why a stack and not a second screen in the navigation: the section stays the same page
(same place, same shortcut, same Back), only its presentation changes, live, when the
person flips the switch. The normal screen keeps working underneath, so nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from dpwallet.ui.easyread.state import easy_read_state
from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.widgets import ScreenView

__all__ = ["EasyReadSwitch", "attach_easy_read"]


class EasyReadSwitch(QObject):
    """Holds a screen's normal scroller and its easy read view in one stack.

    A QObject owned by the screen, so its connection to the shared state ends with it.
    """

    def __init__(self, screen: ScreenView, easy: EasyReadView) -> None:
        super().__init__(screen)
        self.screen = screen
        self.easy = easy
        self.stack = QStackedWidget(screen)
        self.stack.setObjectName(f"{screen.objectName() or 'screen'}EasyReadStack")
        outer = screen.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeWidget(screen.scroller)
        self.stack.addWidget(screen.scroller)
        self.stack.addWidget(easy)
        outer.addWidget(self.stack)
        easy_read_state().changed.connect(self.follow)
        self.follow(easy_read_state().on)

    def follow(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.easy if on else self.screen.scroller)

    def active_easy_view(self) -> EasyReadView | None:
        """The easy read view when it is the one showing, else None."""
        return self.easy if self.stack.currentWidget() is self.easy else None


def attach_easy_read(screen: ScreenView, easy: EasyReadView) -> EasyReadSwitch:
    """Show ``easy`` instead of ``screen``'s normal content whenever easy read is on.

    Call once at the end of the screen's ``__init__``; keep the returned switch and
    return ``switch.active_easy_view()`` from the screen's ``easy_read_view()`` method.
    """
    return EasyReadSwitch(screen, easy)
