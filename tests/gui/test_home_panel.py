"""Home money panel: weeks in hand, the forecast sentence, charts matching their tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dpwallet.domain.forecast import Forecast, ForecastPoint
from dpwallet.domain.money import Money
from dpwallet.i18n.formatting import format_date, format_number
from dpwallet.services.demo import write_demo
from dpwallet.services.money_home import HomeFigures, home_figures
from dpwallet.services.wallet import Wallet
from dpwallet.ui.money.home_panels import HomeMoneyPanel
from tests.gui.a11y import missing_names, too_small
from tests.gui.conftest import GUI_PASSPHRASE


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HomeFigures]:
    wallet: Wallet = write_demo(
        tmp_path_factory.mktemp("home") / "D", passphrase=GUI_PASSPHRASE, seed=8, years=1
    )
    yield home_figures(wallet)
    wallet.lock()


@pytest.fixture()
def panel(qtbot: QtBot, gui_home: Path) -> HomeMoneyPanel:
    widget = HomeMoneyPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 1600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_weeks_in_hand_and_contingency(panel: HomeMoneyPanel, figures: HomeFigures) -> None:
    panel.show(figures)
    assert figures.weeks_in_hand is not None
    assert format_number(figures.weeks_in_hand, places=1) in panel.weeks.text()
    assert "weeks of money in hand" in panel.weeks.text()
    if figures.contingency is not None:
        assert panel.contingency.isVisible()
        note = figures.contingency.note()
        if note:
            assert panel.contingency.text() == note


def test_forecast_sentence(panel: HomeMoneyPanel, figures: HomeFigures) -> None:
    panel.show(figures)
    warning = figures.forecast.warning()
    if warning:
        assert panel.forecast.text() == warning
    else:
        assert format_date(figures.forecast.until) in panel.forecast.text()
    # A forecast that runs short is said in words, with the day.
    day = figures.today
    short = Forecast(Money(1000), day, day, (ForecastPoint(day, Money(-2500)),), ())
    panel.show(replace(figures, forecast=short))
    assert "run short on" in panel.forecast.text()
    assert format_date(day) in panel.forecast.text()
    assert any("run short on" in item.text() for item in panel.todo_items)


def test_charts_match_tables_and_switch(panel: HomeMoneyPanel, figures: HomeFigures) -> None:
    panel.show(figures)
    bars = panel.spend.bar_set
    assert bars is not None
    assert [round(bars.at(i) * 100) for i in range(bars.count())] == [
        r.spent.pence for r in figures.spend_by_outcome
    ]
    assert [r.spent.pence for r in panel.spend.model.rows] == [
        r.spent.pence for r in figures.spend_by_outcome
    ]
    line = panel.balance.line
    assert line is not None
    assert [round(p.y() * 100) for p in line.points()] == [
        p.balance.pence for p in figures.balance_series
    ]
    assert panel.balance.model.rowCount() == len(figures.balance_series)
    for part in (panel.spend, panel.balance):
        assert part.chart_view.isVisible() and not part.table.isVisible()
        part.as_table.setChecked(True)
        assert part.table.isVisible() and not part.chart_view.isVisible()


def test_contributions_and_todo(panel: HomeMoneyPanel, figures: HomeFigures) -> None:
    panel.show(figures)
    assert len(panel.todo_items) == max(1, len(figures.to_do()))
    if figures.contributions is not None:
        assert panel.contrib_card.isVisible()
        assert "Paid in" in panel.contrib_figures.text()


def test_clear_and_access(panel: HomeMoneyPanel, figures: HomeFigures) -> None:
    panel.show(figures)
    panel.spend.as_table.setChecked(True)
    panel.balance.as_table.setChecked(True)
    assert missing_names(panel) == []
    assert too_small(panel) == []
    panel.clear()
    assert panel.empty.isVisible()
    assert not panel.hand_card.isVisible()
    assert panel.spend.model.rowCount() == 0
