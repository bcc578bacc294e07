"""Home: how much money there is, what is coming in and going out, what to do next.

ux.md principle 1: start with what the person needs to know. Four cards in a fixed order;
cards without numbers yet say kindly what will appear there and how to get started.
In easy read the same figures show as picture-and-sentence lines (:class:`EasyHome`),
switched live with the app-wide easy read state.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from dpwallet.domain.summary import WalletSummary
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date, format_money
from dpwallet.ui.easyread import EasyReadView, attach_easy_read
from dpwallet.ui.easyread.home import EasyHome
from dpwallet.ui.outcomes.charts import BalanceOverTime, SpendByOutcome
from dpwallet.ui.widgets import ScreenView, card, label

if TYPE_CHECKING:
    from dpwallet.services.money_home import HomeFigures


class HomeView(ScreenView):
    """Shows a :class:`WalletSummary`; :meth:`clear` forgets it when the wallet locks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView")
        self.summary: WalletSummary | None = None
        self.figures: HomeFigures | None = None
        self.title = label("h1", name="homeTitle")
        self.council = label("secondary", name="homeCouncil")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.have_card, have = card("haveCard")
        self.have_title = label("h2")
        self.have_amount = label("amount", name="balanceAmount")
        self.accounts = label(name="accountBalances")
        self.weeks = label("secondary", name="weeksInHand")
        for part in (self.have_title, self.have_amount, self.accounts, self.weeks):
            have.addWidget(part)
        self.in_card, self.in_title, self.in_text = self._simple_card("comingInCard")
        self.out_card, self.out_title, self.out_text = self._simple_card("goingOutCard")
        self.todo_card, self.todo_title, self.todo_text = self._simple_card("toDoCard")
        self.cards_grid = grid
        self._columns = 0
        self._place_cards(2)
        self.content.addWidget(self.title)
        self.content.addWidget(self.council)
        self.content.addLayout(grid)
        # Below the four cards (ux.md): spend by outcome and the balance over time, each
        # with "Show as a table" for screen-reader users.
        self.spend_chart = SpendByOutcome("homeSpendByOutcome")
        self.balance_chart = BalanceOverTime("homeBalanceOverTime")
        self.content.addWidget(self.spend_chart)
        self.content.addWidget(self.balance_chart)
        self.content.addStretch(1)
        self.easy = EasyHome()
        self._easy_switch = attach_easy_read(self, self.easy)
        self.retranslate_ui()

    def easy_read_view(self) -> EasyReadView | None:
        """The easy read Home while easy read is on (the shell's corner asks for it)."""
        return self._easy_switch.active_easy_view()

    def _place_cards(self, columns: int) -> None:
        """Two cards a row, or one under another when two side by side would not fit
        (200% text in long-worded languages), so the screen never scrolls sideways."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.cards_grid
        cards = (self.have_card, self.in_card, self.out_card, self.todo_card)
        for frame in cards:
            grid.removeWidget(frame)
        for index, frame in enumerate(cards):
            grid.addWidget(frame, index // columns, index % columns)
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        cards = (self.have_card, self.in_card, self.out_card, self.todo_card)
        widest = max(frame.minimumSizeHint().width() for frame in cards)
        room = self.scroller.viewport().width() - 80
        self._place_cards(2 if 2 * widest + self.cards_grid.spacing() <= room else 1)

    def _simple_card(self, name: str) -> tuple[QWidget, QLabel, QLabel]:
        frame, layout = card(name)
        title = label("h2")
        text = label(name=f"{name}Text")
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        return frame, title, text

    def show_summary(self, summary: WalletSummary) -> None:
        self.summary = summary
        self.easy.show_summary(summary)
        self.retranslate_ui()

    def show_figures(self, figures: HomeFigures | None) -> None:
        """The fuller home figures (weeks in hand, in and out, to-dos) when available."""
        self.figures = figures
        self.easy.show_figures(figures)
        if figures is None:
            self.spend_chart.clear()
            self.balance_chart.clear()
        else:
            self.spend_chart.show_spend(figures.spend_by_outcome)
            self.balance_chart.show_points(figures.balance_series)
        self.retranslate_ui()

    def clear(self) -> None:
        """Forget every number (called on lock, security.md 3.5)."""
        self.summary = None
        self.figures = None
        self.spend_chart.clear()
        self.balance_chart.clear()
        self.easy.show_figures(None)
        self.easy.show_summary(None)
        self.retranslate_ui()

    def _card_texts(self, s: WalletSummary | None) -> None:
        """Weeks in hand, coming in, going out and to-dos from the home figures, if any."""
        f = self.figures
        if f is not None and f.weeks_in_hand is not None:
            weeks = f.weeks_in_hand.quantize(Decimal("0.1"))
            self.weeks.setText(_("That is about {weeks} weeks of your budget.").format(weeks=weeks))
        else:
            self.weeks.setText(
                _(
                    "How many weeks of money you have in hand will show here once your "
                    "budget is added."
                )
            )
        if f is not None and (f.came_in or f.coming_in):
            self.in_text.setText(
                _(
                    "{came} has come in since {start}. {coming} is still to come before {end}."
                ).format(
                    came=format_money(f.came_in),
                    start=format_date(f.period_start),
                    coming=format_money(f.coming_in),
                    end=format_date(f.period_end),
                )
            )
        else:
            self.in_text.setText(
                _(
                    "Nothing is due to come in yet. Payments from the council and your "
                    "contributions will show here."
                )
            )
        if f is not None and (f.went_out or f.going_out):
            self.out_text.setText(
                _(
                    "{went} has gone out since {start}. {going} is still to go out before {end}."
                ).format(
                    went=format_money(f.went_out),
                    start=format_date(f.period_start),
                    going=format_money(f.going_out),
                    end=format_date(f.period_end),
                )
            )
        else:
            self.out_text.setText(
                _(
                    "Nothing is due to go out yet. Pay for your personal assistants and your "
                    "bills will show here."
                )
            )
        to_do = f.to_do() if f is not None else []
        no_statements = s is None or not s.counts.get("transactions")
        if to_do:
            self.todo_text.setText("\n".join(f"\u2022 {line}" for line in to_do))
        else:
            self.todo_text.setText(
                _("No statements yet. Import one from your bank, or add a payment by hand.")
                if no_statements
                else _("Nothing to do right now. Well done.")
            )

    def retranslate_ui(self) -> None:
        s = self.summary
        self.title.setText(_("{name}’s wallet").format(name=s.name) if s else _("Home"))
        self.council.setText(
            _("Paid by {council}").format(council=s.council) if s and s.council else ""
        )
        self.council.setVisible(bool(s and s.council))
        self.have_title.setText(_("Money you have"))
        self.in_title.setText(_("Coming in"))
        self.out_title.setText(_("Going out"))
        self.todo_title.setText(_("What to do next"))
        self.have_amount.setText(format_money(s.balance) if s else "")
        self.have_amount.setAccessibleName(
            _("Money you have: {amount}").format(amount=format_money(s.balance)) if s else ""
        )
        lines = [
            _("{account}: {amount}").format(account=a.name, amount=format_money(a.balance))
            for a in (s.accounts if s else ())
        ]
        self.accounts.setText("\n".join(lines) or _("No accounts yet."))
        self._card_texts(s)
        for frame, title in (
            (self.have_card, self.have_title),
            (self.in_card, self.in_title),
            (self.out_card, self.out_title),
            (self.todo_card, self.todo_title),
        ):
            frame.setAccessibleName(title.text())
