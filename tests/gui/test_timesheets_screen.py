"""Timesheets: a week of shifts from the keyboard, overlaps refused, Delete with Undo, copy."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dpwallet.services import people_service
from tests.gui.test_people_screens import employer_wallet, session_for

MONDAY = dt.date(2026, 5, 25)  # Spring bank holiday


@pytest.fixture()
def sheet(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from dpwallet.ui.timesheets.timesheet_view import TimesheetView

    wallet = employer_wallet(tmp_path)
    view = TimesheetView(session_for(wallet))
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    view.refresh()
    yield view, wallet
    wallet.lock()


def _enter_shift(qtbot, view, day: dt.date, start: str, end: str, brk: str = "") -> None:  # type: ignore[no-untyped-def]
    form = view.form
    form.new_shift(day)
    form.start.setText(start)
    form.end.setText(end)
    form.break_minutes.setText(brk)
    qtbot.keyClick(form.end, Qt.Key.Key_Return)


def _shifts(view, wallet):  # type: ignore[no-untyped-def]
    return people_service.week_shifts(wallet, view.assistant_id(), view.monday)


def test_week_with_a_bank_holiday_and_a_weekend(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    view, wallet = sheet
    assert view.monday == MONDAY
    assert view.week_label.text() == "Week from Monday 25 May 2026 to Sunday 31 May 2026"
    _enter_shift(qtbot, view, MONDAY, "9", "13:00")
    _enter_shift(qtbot, view, MONDAY + dt.timedelta(days=5), "10.00", "14:00", "30")
    assert not view.errors.isVisible()
    assert [s.hours for s in _shifts(view, wallet)] == [4, 3.5]
    notes = {r.day: r.notes_text() for r in view.model.rows}
    assert notes[MONDAY] == "Bank holiday (Spring bank holiday)"
    assert notes[MONDAY + dt.timedelta(days=5)] == "Weekend"
    assert view.model.data(view.model.index(5, 3)) == "30 minutes"
    assert view.total.text() == "2 shifts this week, 7.5 hours paid in total."

    _enter_shift(qtbot, view, MONDAY, "12:00", "15:00")  # overlaps the first
    assert view.errors.isVisible()
    assert "would overlap" in view.errors.messages()[0]
    assert len(_shifts(view, wallet)) == 2

    _enter_shift(qtbot, view, MONDAY + dt.timedelta(days=1), "17:00", "09:00")  # day shift
    assert "ends before it starts" in view.errors.messages()[0]
    _enter_shift(qtbot, view, MONDAY + dt.timedelta(days=1), "9am", "10")
    assert "24-hour clock" in view.errors.messages()[0]
    assert view.form.fields["start"].error.isVisible()


def test_delete_key_removes_and_undo_puts_back(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    view, wallet = sheet
    _enter_shift(qtbot, view, MONDAY + dt.timedelta(days=2), "08:00", "12:00")
    row = next(i for i, r in enumerate(view.model.rows) if r.shift is not None)
    view.table.selectRow(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _shifts(view, wallet) == []
    assert view.done.text() == "The shift on Wednesday 27 May 2026 has been removed."
    assert view.undo_button.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [f"{s.entry.start:%H:%M}" for s in _shifts(view, wallet)] == ["08:00"]
    assert not view.undo_button.isVisible()


def test_copy_last_week_and_edit_a_copied_shift(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    view, wallet = sheet
    _enter_shift(qtbot, view, MONDAY, "09:00", "13:00")
    _enter_shift(qtbot, view, MONDAY + dt.timedelta(days=6), "22:00", "07:00")
    assert "ends before it starts" in view.errors.messages()[0]
    view.form.kind.setCurrentIndex(1)  # a waking night ends the next morning
    view.save_shift()
    assert len(_shifts(view, wallet)) == 2
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.total.text() == "No shifts this week yet."
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert view.done.text() == "2 shifts copied from last week."
    copied = _shifts(view, wallet)
    assert [s.entry.day for s in copied] == [dt.date(2026, 6, 1), dt.date(2026, 6, 7)]
    assert view.model.rows[-1].end_text() == "07:00 next day"
    view.copy_last_week()
    assert view.done.text() == "Those shifts are already in this week, so nothing was copied."
    view.table.selectRow(0)
    view._row_chosen()
    assert view.form.editing is not None
    view.form.end.setText("14:00")
    view.save_shift()
    assert [s.hours for s in _shifts(view, wallet)][0] == 5
    qtbot.mouseClick(view.this_week_button, Qt.MouseButton.LeftButton)
    assert view.monday == MONDAY


def test_shift_table_model_passes_the_model_tester(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    view, _wallet = sheet
    _enter_shift(qtbot, view, MONDAY, "09:00", "13:00")
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.model.rowCount() == 7
    view.model.sort(5, Qt.SortOrder.DescendingOrder)
    assert view.model.rows[0].shift is not None
    assert "Monday 25 May 2026: day shift from 09:00 to 13:00" in view.sentences()[2 + 0]
