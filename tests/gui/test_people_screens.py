"""Personal assistants screen: add a PA through the form, pay rates, the employer checklist."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from dpwallet.domain.clock import FixedClock
from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.services import people_service
from dpwallet.services.people_service import AssistantDetails, RateDetails
from dpwallet.services.wallet import Wallet
from dpwallet.settings import Settings
from dpwallet.ui.session import Session
from tests.gui.conftest import GUI_PASSPHRASE

TODAY = dt.datetime(2026, 5, 27, 10, 0, tzinfo=dt.UTC)  # a Wednesday; Mon 25 May is a bank holiday


def employer_wallet(tmp_path: Path, *, with_pa: bool = True) -> Wallet:
    """A wallet on a fixed day, with one weekly PA paid £13.00 an hour (shared by the tests)."""
    wallet = Wallet.create(
        tmp_path / "Ann Lee", name="Ann Lee", passphrase=GUI_PASSPHRASE, clock=FixedClock(TODAY)
    ).wallet
    if with_pa:
        pa = people_service.add_assistant(
            wallet,
            AssistantDetails(
                name="Bea Khan",
                start_date=dt.date(2026, 4, 6),
                ni_number="AB123456C",
                date_of_birth=dt.date(1990, 1, 1),
            ),
        )
        people_service.set_pay_rate(
            wallet, pa, RateDetails(dt.date(2026, 4, 6), Money(1300), weekend=Money(1500))
        )
    return wallet


def session_for(wallet: Wallet) -> Session:
    session = Session(Settings())
    session.open_wallet(wallet, None)
    return session


@pytest.fixture()
def people(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from dpwallet.ui.people.people_view import PeopleView

    wallet = employer_wallet(tmp_path, with_pa=False)
    view = PeopleView(session_for(wallet))
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    view.refresh()
    yield view, wallet
    wallet.lock()


def _type_date(date_input, day: int, month: int, year: int) -> None:  # type: ignore[no-untyped-def]
    for edit, value in zip(date_input.edits, (day, month, year), strict=True):
        edit.setText(str(value))


def test_add_a_pa_bad_ni_number_then_good(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    view, wallet = people
    assert view.empty.isVisible() and not view.table.isVisible()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert form.isVisible() and not view.list_page.isVisible()
    qtbot.keyClicks(form.name, "Bea Khan")
    _type_date(form.start, 6, 4, 2026)
    _type_date(form.insurance, 10, 6, 2026)
    form.ni_number.setText("XY12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with pytest.raises(UsageError) as kind:
        people_service.normalise_ni_number("XY12")
    assert form.errors.isVisible()
    assert form.errors.messages() == [str(kind.value)]
    assert form.fields["ni_number"].error.isVisible()
    assert str(kind.value) in form.fields["ni_number"].error.text()
    assert people_service.list_assistants(wallet) == []

    form.ni_number.setText("ab 12 34 56 c")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter saves as well
    saved = people_service.list_assistants(wallet)
    assert [(p.name, p.ni_number, p.insurance_renewal) for p in saved] == [
        ("Bea Khan", "AB123456C", dt.date(2026, 6, 10))
    ]
    assert view.list_page.isVisible() and view.done.text() == "Bea Khan has been added."
    assert view.model.rows[0].name == "Bea Khan"
    keys = {row.property("checklistKey"): row for row in view.checklist_rows}
    assert "insurance" in keys
    assert keys["insurance"].status.text() == "Due soon"
    assert "Wednesday 10 June 2026" in keys["insurance"].words.text()
    assert keys["insurance"].picture.pixmap() is not None


def test_form_refuses_a_date_that_is_not_real(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    view, wallet = people
    view.add_new()
    view.form.name.setText("Cy Lee")
    _type_date(view.form.start, 31, 2, 2026)
    view.form.save()
    assert view.form.errors.messages()[0].startswith("Date they started working for you must")
    assert people_service.list_assistants(wallet) == []


def test_pay_rates_page_reads_money_kindly(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    view, wallet = people
    pa = people_service.add_assistant(wallet, AssistantDetails("Dee Roy", dt.date(2026, 4, 6)))
    view.refresh()
    view.rates_for_selected()
    page = view.rates
    assert page.isVisible() and page.empty.isVisible()
    page.amounts["basic"][1].setText("13.00")
    page.amounts["weekend"][1].setText("1,5")
    page.save()
    assert page.errors.isVisible()
    assert "two digits" in page.errors.messages()[0]
    page.amounts["weekend"][1].setText("£15.00")
    page.save()
    assert people_service.pay_rates(wallet, pa) == [
        RateDetails(dt.date(2026, 5, 27), Money(1300), Money(1500))
    ]
    assert view.model.rows[0].rate == Money(1300)
    assert view.model.data(view.model.index(0, 2)) == "£13.00"


def test_people_table_models_pass_the_model_tester(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.people.people_models import AssistantTableModel, RateTableModel

    view, wallet = people
    for name in ("Zed Ali", "Amy Bo"):
        people_service.add_assistant(wallet, AssistantDetails(name, dt.date(2026, 4, 6)))
    view.refresh()
    model: AssistantTableModel = view.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in model.rows] == ["Zed Ali", "Amy Bo"]
    alignment = model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignTrailing)
    view.filter.setText("amy")
    assert [r.name for r in model.rows] == ["Amy Bo"]
    rates = RateTableModel()
    QAbstractItemModelTester(rates, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rates.set_rows([RateDetails(dt.date(2026, 4, 6), Money(1300), None, Money(2000))])
    assert rates.data(rates.index(0, 2)) == "Basic rate"
    assert rates.data(rates.index(0, 3)) == "£20.00"
