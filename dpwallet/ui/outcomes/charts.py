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
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QTableView, QVBoxLayout, QWidget

from dpwallet.domain.forecast import ForecastPoint
from dpwallet.domain.spending import OutcomeSpend
from dpwallet.i18n import _, current_language
from dpwallet.i18n.formatting import format_date, format_date_short, format_money
from dpwallet.ui.fonts import font_for_language
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

    def _axes_font(self, *axes: QAbstractAxis) -> None:
        """Axis labels in the language's own fonts, with Noto Sans behind them for £."""
        font = font_for_language(current_language(), self.font())
        for axis in axes:
            axis.setLabelsFont(font)

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
        super().__init__(name, SpendTableModel(), parent)
        # One series and one pair of axes for the chart's life, refilled on each change:
        # removing and deleting QtCharts parts that Python also holds can crash PySide.
        self.bar_set = QBarSet("")
        self.series = QBarSeries()
        self.series.append(self.bar_set)
        self.chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("£%.0f")
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.retranslate_ui()

    def show_spend(self, rows: Sequence[OutcomeSpend]) -> None:
        self.rows = tuple(rows)
        self.model.set_rows(self.rows)
        if self.bar_set.count():
            self.bar_set.remove(0, self.bar_set.count())
        self.categories.clear()
        amounts = [pounds_for_chart(row.spent) for row in self.rows]
        self.bar_set.append(amounts)
        if self.rows:
            self.categories.append([outcome_words(r) for r in self.rows])
        self.values.setRange(0, max([*amounts, 1.0]))
        self.values.applyNiceNumbers()
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
        self.bar_set.setLabel(_("Spent"))
        self.categories.clear()
        if self.rows:
            self.categories.append([outcome_words(r) for r in self.rows])
        self._axes_font(self.categories, self.values)

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
        super().__init__(name, BalanceTableModel(), parent)
        self.line = QLineSeries()
        self.chart.addSeries(self.line)
        self.dates = QDateTimeAxis()
        self.dates.setFormat("d MMM")
        self.dates.setTickCount(7)
        self.values = QValueAxis()
        self.values.setLabelFormat("£%.0f")
        self.chart.addAxis(self.dates, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.line.attachAxis(self.dates)
        self.line.attachAxis(self.values)
        self.retranslate_ui()

    def show_points(self, points: Sequence[ForecastPoint]) -> None:
        self.points = tuple(points)
        self.model.set_rows(self.points)
        self.line.replace(
            [
                QPointF(float(_chart_time(p).toMSecsSinceEpoch()), pounds_for_chart(p.balance))
                for p in self.points
            ]
        )
        if self.points:
            self.dates.setRange(_chart_time(self.points[0]), _chart_time(self.points[-1]))
            balances = [pounds_for_chart(p.balance) for p in self.points]
            self.values.setRange(min(0.0, *balances), max(1.0, *balances))
            self.values.applyNiceNumbers()
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
        self._axes_font(self.dates, self.values)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._words()
