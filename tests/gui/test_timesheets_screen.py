"""Timesheets: a week of shifts from the keyboard, overlaps refused, Delete with Undo, copy."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dpwallet.domain.timesheets import ShiftEntry, ShiftType
from dpwallet.services import money_service, people_service
from dpwallet.services.undo import stack_for
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
    (before,) = _shifts(view, wallet)
    row = next(i for i, r in enumerate(view.model.rows) if r.shift is not None)
    view.table.selectRow(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _shifts(view, wallet) == []
    assert view.done.text() == "The shift on Wednesday 27 May 2026 has been removed."
    assert view.undo_button.isVisible()
    assert stack_for(wallet).undo_text() == "Remove the shift on Wednesday 27 May 2026"
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [f"{s.entry.start:%H:%M}" for s in _shifts(view, wallet)] == ["08:00"]
    assert _shifts(view, wallet) == [before]  # the same row, with the same id, is back
    assert not view.undo_button.isVisible()
    assert view.done.text() == "The shift on Wednesday 27 May 2026 is back."
    assert stack_for(wallet).can_redo()


def test_delete_shift_is_undone_on_the_wallet_stack_with_its_outcome(sheet) -> None:  # type: ignore[no-untyped-def]
    view, wallet = sheet
    money_service.add_outcome(wallet, money_service.OutcomeDetails("Get out to the allotment"))
    (outcome,) = money_service.outcomes(wallet)
    start = dt.datetime.combine(MONDAY, dt.time(9))
    ident = people_service.add_shift(
        wallet,
        view.assistant_id(),
        ShiftEntry(start, start + dt.timedelta(hours=3)),
        note="allotment",
        outcome_id=outcome.id,
    )
    (before,) = _shifts(view, wallet)
    assert before.id == ident and before.outcome_id == outcome.id
    people_service.delete_shift(wallet, ident)
    assert _shifts(view, wallet) == []
    stack_for(wallet).undo()
    assert _shifts(view, wallet) == [before]
    stack_for(wallet).redo()
    assert _shifts(view, wallet) == []


def test_outcome_picker_links_a_shift_to_what_it_was_for(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    view, wallet = sheet
    money_service.add_outcome(wallet, money_service.OutcomeDetails("Get out to the allotment"))
    money_service.add_outcome(wallet, money_service.OutcomeDetails("Cook a hot meal"))
    view.refresh()
    picker = view.form.outcome
    assert picker.accessibleName() == "What this was for (optional)"
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "None",
        "Get out to the allotment",
        "Cook a hot meal",
    ]
    allotment, meal = money_service.outcomes(wallet)
    view.form.new_shift(MONDAY)
    view.form.start.setText("09:00")
    view.form.end.setText("12:00")
    picker.setCurrentIndex(1)
    qtbot.keyClick(view.form.end, Qt.Key.Key_Return)
    assert not view.errors.isVisible()
    (saved,) = _shifts(view, wallet)
    assert saved.outcome_id == allotment.id
    assert picker.currentIndex() == 0  # the next new shift starts with "None"

    view.form.load(saved)
    assert picker.currentData() == allotment.id
    picker.setCurrentIndex(2)
    view.save_shift()
    assert _shifts(view, wallet)[0].outcome_id == meal.id
    view.form.load(_shifts(view, wallet)[0])
    picker.setCurrentIndex(0)
    view.save_shift()
    assert _shifts(view, wallet)[0].outcome_id is None
    people_service.update_shift(wallet, saved.id, saved.entry)  # outcome kept when not given
    assert _shifts(view, wallet)[0].outcome_id is None


def test_a_day_off_sick_is_entered_in_the_form(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.timesheets.week_model import KINDS

    view, wallet = sheet
    view.form.new_shift(MONDAY + dt.timedelta(days=1))
    view.form.kind.setCurrentIndex(KINDS.index(ShiftType.SICK))
    assert view.form.kind.currentText() == "Off sick"
    view.form.start.setText("09:00")
    view.form.end.setText("17:00")
    view.save_shift()
    (sick,) = _shifts(view, wallet)
    assert sick.entry.kind is ShiftType.SICK and sick.hours == 0
    assert "Tuesday 26 May 2026: off sick from 09:00 to 17:00" in " ".join(view.sentences())


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
