"""Shared set-up for the easy read people, timesheets and pay tests.

One window per test module (as in test_easyread_home.py: making and deleting many
windows with easy read on upsets PySide's teardown), holding a wallet on a fixed day
(Wednesday 27 May 2026) built through the services: Bea Khan (paid £13.00 an hour, pay
confirmed for the week ending Sunday 24 May) and Amina Patel (£12.60 an hour, no National
Insurance number yet), with a week of shifts, a day of holiday and a day off sick.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from dpwallet.domain.easyread_lint import lint
from dpwallet.domain.money import Money
from dpwallet.domain.timesheets import ShiftEntry, ShiftType
from dpwallet.services import payroll_service, people_service
from dpwallet.services.people_service import AssistantDetails, RateDetails
from dpwallet.services.wallet import Wallet
from dpwallet.ui.easyread import EasyReadView, easy_read_state
from dpwallet.ui.i18n_qt import apply_language
from tests.gui.test_people_screens import employer_wallet

MONTHS = tuple(calendar.month_name)[1:]  # English month names


def _shift(wallet: Wallet, pa: int, day: int, start: int, end: int, **kw: object) -> None:
    entry = ShiftEntry(dt.datetime(2026, 5, day, start), dt.datetime(2026, 5, day, end), **kw)  # type: ignore[arg-type]
    people_service.add_shift(wallet, pa, entry)


def section_wallet(folder: object) -> Wallet:
    wallet = employer_wallet(folder)  # type: ignore[arg-type]
    bea = people_service.list_assistants(wallet)[0].id
    for day in (18, 20, 22):  # the week before, paid already
        _shift(wallet, bea, day, 9, 17, break_minutes=30)
    payroll_service.confirm_pay_run(wallet, dt.date(2026, 5, 24))
    for day, start, end in ((25, 9, 17), (27, 9, 17), (30, 10, 16)):
        _shift(wallet, bea, day, start, end, break_minutes=30)
    amina = people_service.add_assistant(
        wallet,
        AssistantDetails(
            name="Amina Patel", start_date=dt.date(2026, 4, 6), date_of_birth=dt.date(1988, 3, 3)
        ),
    )
    people_service.set_pay_rate(wallet, amina, RateDetails(dt.date(2026, 4, 6), Money(1260)))
    _shift(wallet, amina, 26, 9, 15)
    _shift(wallet, amina, 28, 9, 15, kind=ShiftType.HOLIDAY)
    _shift(wallet, amina, 29, 9, 15, kind=ShiftType.SICK)
    return wallet


@contextlib.contextmanager
def window_over(qapp: Any, home: Path, make_wallet: Callable[[Path], Wallet]) -> Iterator[Any]:
    """A shown 1180 x 800 window with ``make_wallet(home)`` open; put back afterwards.

    One window per test module: making and deleting many windows with easy read on
    upsets PySide's teardown, and one window is also how a person uses the app.
    """
    from dpwallet.app import build_window
    from dpwallet.settings import Settings

    old = os.environ.get("DPWALLET_HOME")
    os.environ["DPWALLET_HOME"] = str(home)
    wallet = make_wallet(home)
    win = build_window(qapp, Settings())
    win.resize(1180, 800)
    win.show()
    win.session.open_wallet(wallet, wallet.paths.folder)
    try:
        yield win
    finally:
        win.shell.settings.easy_read.setChecked(False)
        win.close()
        apply_language("en_GB")
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if old is None:
            os.environ.pop("DPWALLET_HOME", None)
        else:
            os.environ["DPWALLET_HOME"] = old


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with window_over(qapp, tmp_path_factory.mktemp("er-sections"), section_wallet) as win:
        yield win


def easy_window(shared_window: Any, section: str) -> Any:
    """The shared window on ``section``, in English at 100% text, easy read on."""
    win = shared_window
    settings = win.session.settings
    if settings.language != "en_GB":
        win.set_language("en_GB")
    if settings.text_size_percent != 100:
        win.set_text_size(100)
    win.shell.settings.easy_read.setChecked(True)
    win.shell.show_section(section)
    win.shell.views[section].refresh()
    return win


def shown_labels(easy: EasyReadView) -> list[QLabel]:
    return [w for w in easy.findChildren(QLabel) if w.isVisibleTo(easy) and w.text()]


def check_easy_rules(easy: EasyReadView) -> None:
    """Sizes, buttons, signs and words: the easy read rules every section keeps."""
    assert easy_read_state().on and easy.isVisible()
    for button in easy.findChildren(QAbstractButton):
        if button.isVisibleTo(easy):
            assert button.text().strip(), button.objectName()
            assert not button.icon().isNull(), button.objectName()
            assert button.height() >= 44 and button.width() >= 44, button.objectName()
    for row in easy.rows:
        if row.isHidden():
            continue
        size = row.text.font().pointSizeF()
        assert size >= (20 if row.is_amount else 16), (row.objectName(), size)
        assert row.picture.accessibleName(), row.objectName()
    for sentence in easy.sentences():
        assert not lint(sentence), (sentence, lint(sentence))
        assert "-" not in sentence and "\u2212" not in sentence, sentence
        assert "(" not in sentence and "%" not in sentence, sentence


def has_month(sentence: str) -> bool:
    return any(month in sentence for month in MONTHS)


def row_order(easy: EasyReadView) -> list[str]:
    """The shown rows' sentences top to bottom, by where they are on the screen."""
    shown = [r for r in easy.rows if not r.isHidden()]
    shown.sort(key=lambda r: r.mapTo(easy, r.rect().topLeft()).y())
    return [easy.heading.text(), *(r.sentence() for r in shown)]


def right_to_left_rows(easy: EasyReadView) -> None:
    for row in easy.rows:
        if not row.isHidden():
            assert row.picture.x() > row.text.x(), row.objectName()


def visible(widget: QWidget) -> bool:
    return widget.isVisible()
