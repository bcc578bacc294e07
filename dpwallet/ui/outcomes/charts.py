"""Spend by outcome and balance over time: a QtCharts chart with the same figures as a table.

Why both: a chart is a picture a screen reader cannot read, so every chart sits beside a
table carrying exactly the same figures, and a "Show as a table" switch shows the table
instead of the picture (ux.md, Home). Pence become a float only through
``pounds_for_chart``, and only for QtCharts to draw; the words people read come from
``format_money``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, Qt, QTime
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QTableView, QVBoxLayout, QWidget

from dpwallet.domain.forecast import ForecastPoint
from dpwallet.domain.spending import OutcomeSpend
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_date_short, format_money
from dpwallet.ui.money.common import name_table, pounds_for_chart
from dpwallet.ui.people.parts import Column, RowTableModel, table_view
from dpwallet.ui.widgets import label

MIN_TARGET = 32


def outcome_words(row: OutcomeSpend) -> str:
    return row.text if row.outcome_id is not None else _("Not linked to an outcome yet")


class SpendTableModel(RowTableModel[OutcomeSpend]):
    """Outcome, spent this period, planned for this period (the chart's figures)."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Outcome"), outcome_words, lambda r: outcome_words(r).casefold()),
                Column(
                    lambda: _("Spent"),
                    lambda r: format_money(r.spent),
                    lambda r: r.spent.pence,
                    amount=True,
                ),
                Column(
                    lambda: _("Planned"),
                    lambda r: "" if r.planned is None else format_money(r.planned),
                    lambda r: r.planned.pence if r.planned else 0,
                    amount=True,
                ),
            ]
        )


class BalanceTableModel(RowTableModel[ForecastPoint]):
    """Week ending and the total balance that day (the line chart's figures)."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: _("Week ending"), lambda r: format_date(r.date), lambda r: r.date),
                Column(
                    lambda: _("Balance"),
                    lambda r: format_money(r.balance),
                    lambda r: r.balance.pence,
                    amount=True,
                ),
            ]
        )


class ChartWithTable(QWidget):
    """A heading, a "Show as a table" switch, the chart, and the table with its figures."""

    def __init__(self, name: str, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("h2", name=f"{name}Heading")
        self.summary = label("secondary", name=f"{name}Summary")
        self.as_table = QCheckBox()
        self.as_table.setObjectName(f"{name}AsTable")
        self.as_table.setMinimumHeight(MIN_TARGET)
        self.as_table.toggled.connect(self._switch)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName(f"{name}Chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model = model
        self.table: QTableView = table_view(f"{name}Table", model, rows_shown=12)
        self.empty = label("secondary", name=f"{name}Empty")
        for part in (self.heading, self.summary, self.as_table, self.chart_view, self.table):
            layout.addWidget(part)
        layout.addWidget(self.empty)
        self.empty.hide()
        self._switch(False)

    def showing_table(self) -> bool:
        return self.as_table.isChecked()

    def _switch(self, as_table: bool) -> None:
        has_rows = self.model.rowCount() > 0
        self.chart_view.setVisible(has_rows and not as_table)
        self.table.setVisible(has_rows and as_table)
        self.as_table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def _reset_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.as_table.setText(_("Show as a table"))
        self.as_table.setAccessibleName(_("Show as a table"))
        self.as_table.setAccessibleDescription(
            _("Shows the same figures as a table instead of a chart")
        )
        self.model.retranslate()


class SpendByOutcome(ChartWithTable):
    """Spend by outcome this period: a bar chart and the same figures as a table."""

    def __init__(self, name: str = "spendByOutcome", parent: QWidget | None = None) -> None:
        self.rows: tuple[OutcomeSpend, ...] = ()
        self.bar_set: QBarSet | None = None
        super().__init__(name, SpendTableModel(), parent)
        self.retranslate_ui()

    def show_spend(self, rows: Sequence[OutcomeSpend]) -> None:
        self.rows = tuple(rows)
        self.model.set_rows(self.rows)
        self._reset_chart()
        self.bar_set = None
        if self.rows:
            bars = QBarSet(_("Spent"))
            for row in self.rows:
                bars.append(pounds_for_chart(row.spent))
            series = QBarSeries()
            series.append(bars)
            self.chart.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([outcome_words(r) for r in self.rows])
            values = QValueAxis()
            values.setLabelFormat("£%.0f")
            values.setMin(0)
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(categories)
            series.attachAxis(values)
            self.bar_set = bars
        self._switch(self.as_table.isChecked())
        self._words()

    def clear(self) -> None:
        self.show_spend(())

    def _words(self) -> None:
        self.heading.setText(_("Spend by outcome this period"))
        self.summary.setText(
            "; ".join(
                _("{outcome}: {amount}").format(
                    outcome=outcome_words(r), amount=format_money(r.spent)
                )
                for r in self.rows
            )
        )
        self.summary.setVisible(bool(self.rows))
        self.empty.setText(
            _(
                "Nothing spent yet this period. When you link payments to your outcomes, "
                "the spend for each outcome will appear here."
            )
        )
        self.chart_view.setAccessibleName(_("Chart of spend by outcome this period"))
        self.chart_view.setAccessibleDescription(self.summary.text())
        name_table(self.table, _("Spend by outcome this period"))
        if self.bar_set is not None:
            self.bar_set.setLabel(_("Spent"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._words()


def _chart_time(point: ForecastPoint) -> QDateTime:
    day = point.date
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


class BalanceOverTime(ChartWithTable):
    """The total balance at the end of each week: a line chart and the same figures."""

    def __init__(self, name: str = "balanceOverTime", parent: QWidget | None = None) -> None:
        self.points: tuple[ForecastPoint, ...] = ()
        self.line: QLineSeries | None = None
        super().__init__(name, BalanceTableModel(), parent)
        self.retranslate_ui()

    def show_points(self, points: Sequence[ForecastPoint]) -> None:
        self.points = tuple(points)
        self.model.set_rows(self.points)
        self._reset_chart()
        self.line = None
        if self.points:
            line = QLineSeries()
            for point in self.points:
                line.append(
                    float(_chart_time(point).toMSecsSinceEpoch()), pounds_for_chart(point.balance)
                )
            self.chart.addSeries(line)
            dates = QDateTimeAxis()
            dates.setFormat("d MMM")
            dates.setTickCount(7)
            values = QValueAxis()
            values.setLabelFormat("£%.0f")
            self.chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            line.attachAxis(dates)
            line.attachAxis(values)
            self.line = line
        self._switch(self.as_table.isChecked())
        self._words()

    def clear(self) -> None:
        self.show_points(())

    def _words(self) -> None:
        self.heading.setText(_("Your balance over time"))
        if self.points:
            first, last = self.points[0], self.points[-1]
            low = min(self.points, key=lambda p: p.balance.pence)
            self.summary.setText(
                _(
                    "From {start} to {end} your balance went from {first} to {last}. "
                    "The lowest was {low} on {low_date}."
                ).format(
                    start=format_date_short(first.date),
                    end=format_date_short(last.date),
                    first=format_money(first.balance),
                    last=format_money(last.balance),
                    low=format_money(low.balance),
                    low_date=format_date_short(low.date),
                )
            )
        else:
            self.summary.setText("")
        self.summary.setVisible(bool(self.points))
        self.empty.setText(
            _("No payments yet. Your balance at the end of each week will appear here.")
        )
        self.chart_view.setAccessibleName(_("Chart of your balance at the end of each week"))
        self.chart_view.setAccessibleDescription(self.summary.text())
        name_table(self.table, _("Your balance at the end of each week"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._words()
