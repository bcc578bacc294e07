"""The employer screens in the real window: names, 24 px targets, 200% text, Arabic direction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpwallet.services import payroll_service
from tests.gui.a11y import missing_names, too_small
from tests.gui.test_pay_screen import PERIOD_END, with_shifts
from tests.gui.test_people_screens import employer_wallet


def _pages(window) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Show each employer screen and page in turn; yield its name."""
    shell = window.shell
    shell.show_section("people")
    people = shell.views["people"]
    yield "people list"
    people.add_new()
    people.form.save()  # with its error summary showing
    yield "people form with problems"
    people.show_list()
    people.rates_for_selected()
    yield "pay rates"
    people.show_list()
    shell.show_section("timesheets")
    sheet = shell.views["timesheets"]
    sheet.form.kind.setCurrentIndex(2)  # sleep-in shows the hours awake box
    yield "timesheets"
    shell.show_section("pay")
    pay = shell.views["pay"]
    pay.period_end.set_date(dt.date(2026, 6, 7))
    pay.preview()  # nothing to pay: the error summary
    yield "pay main with a problem"
    pay.show_check()
    pay.check_page.check()
    yield "check a payslip"
    pay.show_main()


@pytest.fixture()
def employer(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    wallet = with_shifts(employer_wallet(tmp_path))
    payroll_service.confirm_pay_run(wallet, PERIOD_END)
    window.session.open_wallet(wallet, None)
    window.shell.refresh()
    return window


@pytest.mark.parametrize("text_size", [100, 200])
def test_employer_screens_names_and_targets(qtbot, employer, text_size) -> None:  # type: ignore[no-untyped-def]
    employer.set_text_size(text_size)
    for name in _pages(employer):
        qtbot.wait(1)
        assert missing_names(employer) == [], name
        assert too_small(employer) == [], name


def test_arabic_flips_and_retranslates(qtbot, employer) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.i18n_qt import apply_language

    apply_language("ar")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for name in _pages(employer):
            qtbot.wait(1)
            assert missing_names(employer) == [], name
        pay = employer.shell.views["pay"]
        assert pay.runs_model.rowCount() == 1
        assert pay.isRightToLeft()
    finally:
        apply_language("en_GB")
