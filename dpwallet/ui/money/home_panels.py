"""The Home screen's money panel: in and out, weeks in hand, contributions, the forecast,
spend by outcome, the balance over time and what to do next, from one ``HomeFigures``.

Why one self-contained widget: the home screen is what a person waits for after unlocking,
so it takes the figures ``money_home.home_figures`` read in one go and only words them
(the lead places it on Home). Heads-ups are friendly sentences with the next step, never a
colour alone; each chart has a "Show as a table" switch with exactly the same figures.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money, format_number
from dpwallet.services.money_home import HomeFigures
from dpwallet.ui.discard import discard
from dpwallet.ui.outcomes.charts import BalanceOverTime, SpendByOutcome
from dpwallet.ui.widgets import card, label


class HomeMoneyPanel(QWidget):
    """Everything about money on Home, worded from one ``HomeFigures`` (``show``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeMoneyPanel")
        self.figures: HomeFigures | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.period = label("secondary", name="homePeriod")

        self.in_card, in_layout = card("homeComingIn")
        self.in_heading = label("h2", name="homeComingInHeading")
        self.came_in = label("amount", name="homeCameIn")
        self.coming_in = label(name="homeStillComingIn")
        self.next_payment = label("secondary", name="homeNextPayment")
        for part in (self.in_heading, self.came_in, self.coming_in, self.next_payment):
            in_layout.addWidget(part)

        self.out_card, out_layout = card("homeGoingOut")
        self.out_heading = label("h2", name="homeGoingOutHeading")
        self.went_out = label("amount", name="homeWentOut")
        self.going_out = label(name="homeStillGoingOut")
        for part in (self.out_heading, self.went_out, self.going_out):
            out_layout.addWidget(part)

        self.hand_card, hand_layout = card("homeWeeksInHand")
        self.hand_heading = label("h2", name="homeWeeksInHandHeading")
        self.have = label("amount", name="homeMoneyYouHave")
        self.weeks = label(name="homeWeeks")
        self.contingency = label(name="homeContingency")
        for part in (self.hand_heading, self.have, self.weeks, self.contingency):
            hand_layout.addWidget(part)

        self.contrib_card, contrib_layout = card("homeContributions")
        self.contrib_heading = label("h2", name="homeContributionsHeading")
        self.contrib_figures = label(name="homeContributionsFigures")
        self.contrib_status = label(name="homeContributionsStatus")
        for part in (self.contrib_heading, self.contrib_figures, self.contrib_status):
            contrib_layout.addWidget(part)

        self.forecast_card, forecast_layout = card("homeForecast")
        self.forecast_heading = label("h2", name="homeForecastHeading")
        self.forecast = label(name="homeForecastWords")
        forecast_layout.addWidget(self.forecast_heading)
        forecast_layout.addWidget(self.forecast)

        self.todo_card, self.todo_layout = card("homeToDo")
        self.todo_heading = label("h2", name="homeToDoHeading")
        self.todo_layout.addWidget(self.todo_heading)
        self.todo_items: list[QLabel] = []

        self.spend = SpendByOutcome("homeSpendByOutcome")
        self.balance = BalanceOverTime("homeBalanceOverTime")
        self.empty = label("secondary", name="homeMoneyEmpty")

        layout.addWidget(self.empty)
        layout.addWidget(self.period)
        for frame in (
            self.hand_card,
            self.in_card,
            self.out_card,
            self.todo_card,
            self.forecast_card,
            self.contrib_card,
        ):
            layout.addWidget(frame)
        layout.addWidget(self.spend)
        layout.addWidget(self.balance)
        self.clear()

    # ------------------------------------------------------------------ data
    def show(self, figures: HomeFigures | None = None) -> None:
        """Word ``figures``; without them, Qt's plain ``show()`` of the widget."""
        if figures is None:
            super().show()
            return
        self.figures = figures
        self.spend.show_spend(figures.spend_by_outcome)
        self.balance.show_points(figures.balance_series)
        self._words()

    def clear(self) -> None:
        """Drop every figure shown from the wallet (on lock)."""
        self.figures = None
        self.spend.clear()
        self.balance.clear()
        self._words()

    # ------------------------------------------------------------------ words
    def weeks_words(self) -> str:
        f = self.figures
        if f is None or f.weeks_in_hand is None:
            return _(
                "Add your council payment to your support plan details to see how many "
                "weeks of money you have in hand."
            )
        return _("That is about {weeks} weeks of money in hand.").format(
            weeks=format_number(f.weeks_in_hand, places=1)
        )

    def contingency_words(self) -> str:
        f = self.figures
        if f is None or f.contingency is None:
            return ""
        note = f.contingency.note()
        if note:
            return note
        return _(
            "Your council usually expects up to {cap} weeks in hand as a cushion for the "
            "unexpected, so this is fine."
        ).format(cap=f.contingency.cap_weeks)

    def forecast_words(self) -> str:
        f = self.figures
        if f is None:
            return ""
        warning = f.forecast.warning()
        if warning:
            return warning
        low = f.forecast.lowest
        return _(
            "Good news: your money looks like it lasts until {until}, with everything we "
            "expect to come in and go out. The lowest it gets is {amount} on {date}."
        ).format(
            until=format_date(f.forecast.until),
            amount=format_money(low.balance),
            date=format_date(low.date),
        )

    def _set_todo(self, notes: list[str]) -> None:
        for old in self.todo_items:
            discard(old)
        self.todo_items = []
        if not notes and self.figures is not None:
            notes = [_("Nothing to do right now. Everything is up to date.")]
        for number, note in enumerate(notes, start=1):
            item = label(name="homeToDoItem")
            item.setText(_("{number}. {note}").format(number=number, note=note))
            self.todo_layout.addWidget(item)
            self.todo_items.append(item)

    def _words(self) -> None:
        f = self.figures
        opened = f is not None
        for frame in (
            self.period,
            self.in_card,
            self.out_card,
            self.hand_card,
            self.contrib_card,
            self.forecast_card,
            self.todo_card,
            self.spend,
            self.balance,
        ):
            frame.setVisible(opened)
        self.empty.setVisible(not opened)
        self.empty.setText(_("Open a wallet to see your money."))
        self.in_heading.setText(_("Coming in"))
        self.out_heading.setText(_("Going out"))
        self.hand_heading.setText(_("Money you have"))
        self.contrib_heading.setText(_("Your contributions"))
        self.forecast_heading.setText(_("Looking ahead"))
        self.todo_heading.setText(_("What to do next"))
        if f is None:
            self._set_todo([])
            return
        self.period.setText(
            _("This period: {start} to {end}").format(
                start=format_date(f.period_start), end=format_date(f.period_end)
            )
        )
        self.came_in.setText(_("{amount} came in so far").format(amount=format_money(f.came_in)))
        self.coming_in.setText(
            _("{amount} still to come in this period").format(amount=format_money(f.coming_in))
        )
        if f.next_payment is not None:
            day, amount = f.next_payment
            self.next_payment.setText(
                _("Next council payment: {amount} on {date}").format(
                    amount=format_money(amount), date=format_date(day)
                )
            )
        self.next_payment.setVisible(f.next_payment is not None)
        self.went_out.setText(_("{amount} went out so far").format(amount=format_money(f.went_out)))
        self.going_out.setText(
            _("{amount} still to go out this period").format(amount=format_money(f.going_out))
        )
        self.have.setText(
            _("{amount} in your accounts").format(amount=format_money(f.money_you_have))
        )
        self.weeks.setText(self.weeks_words())
        self.contingency.setText(self.contingency_words())
        self.contingency.setVisible(bool(self.contingency.text()))
        c = f.contributions
        self.contrib_card.setVisible(c is not None)
        if c is not None:
            self.contrib_figures.setText(
                _("Due so far this period: {due}. Paid in: {paid}.").format(
                    due=format_money(c.due), paid=format_money(c.paid)
                )
            )
            self.contrib_status.setText(c.note() or _("Up to date: thank you."))
        self.forecast.setText(self.forecast_words())
        self._set_todo(f.to_do())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.spend.retranslate_ui()
        self.balance.retranslate_ui()
        self._words()
