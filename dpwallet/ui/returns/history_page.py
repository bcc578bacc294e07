"""The Financial check-up section's first page: make a check-up, and the ones already sent.

Each sent check-up says kindly whether anything in its dates has "changed since you sent
it", and by how much, so the person can tell their council before the council asks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from dpwallet.domain.council_profile import CouncilProfile
from dpwallet.domain.money import Money
from dpwallet.i18n import _, ngettext
from dpwallet.i18n.formatting import format_date, format_date_short, format_money
from dpwallet.services.return_history import FigureChange, LineChange, SentReturn, SinceSent
from dpwallet.ui.discard import discard
from dpwallet.ui.flow_layout import flow_row
from dpwallet.ui.returns.pages_input import period_words
from dpwallet.ui.returns.parts import StatusLine
from dpwallet.ui.widgets import BusyLine, card, label, set_text
from dpwallet.ui.wrap_text import wrap_button

SHOWN_CHANGES = 5


def figure_name(key: str) -> str:
    names = {
        "opening_balance": _("Money at the start"),
        "money_in": _("Total money in"),
        "council_payments": _("Payments from the council"),
        "contributions": _("Your contributions"),
        "other_in": _("Other money in"),
        "money_out": _("Total money out"),
        "closing_balance": _("Money at the end"),
    }
    return names.get(key, key)


def figure_sentence(change: FigureChange) -> str:
    difference = change.difference
    words = (
        _("{what} is {amount} more than when you sent it: {then} then, {now} now.")
        if difference.pence > 0
        else _("{what} is {amount} less than when you sent it: {then} then, {now} now.")
    )
    return words.format(
        what=figure_name(change.key),
        amount=format_money(abs(difference)),
        then=format_money(change.then),
        now=format_money(change.now),
    )


def line_sentence(change: LineChange) -> str:
    shown: Money = change.now if change.now is not None else (change.then or Money(0))
    values = {
        "amount": format_money(abs(shown)),
        "payee": change.payee or _("no name"),
        "date": format_date_short(change.date),
    }
    if change.kind == "added":
        return _("A line for {amount} with “{payee}” on {date} was added.").format(**values)
    if change.kind == "removed":
        return _("The line for {amount} with “{payee}” on {date} was removed.").format(**values)
    if change.then is not None and change.now is not None and change.then != change.now:
        return _("The line with “{payee}” on {date} was changed: {then} then, {now} now.").format(
            then=format_money(abs(change.then)), now=format_money(abs(change.now)), **values
        )
    return _("The line with “{payee}” on {date} was changed.").format(**values)


def change_sentences(since: SinceSent) -> list[str]:
    found = [figure_sentence(f) for f in since.figures]
    lines = [line_sentence(c) for c in since.lines]
    found += lines[:SHOWN_CHANGES]
    if len(lines) > SHOWN_CHANGES:
        more = len(lines) - SHOWN_CHANGES
        found.append(ngettext("And {n} more change.", "And {n} more changes.", more).format(n=more))
    return found


def council_words(profile: CouncilProfile | None) -> str:
    if profile is None:
        return ""
    if profile.id == "default":
        return _(
            "You have not picked your council yet, so dpwallet uses the most common rules. "
            "Pick your council to use its rules."
        )
    return _("Your council: {council}.").format(council=profile.name)


class HistoryPage(QWidget):
    """``redo_requested(return_id)`` asks for a new check-up for a sent return's dates."""

    redo_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title = label("h1", name="checkupTitle")
        self.intro = label(name="checkupIntro")
        self.council = label("secondary", name="checkupCouncil")
        self.make_button = wrap_button("makeCheckupButton", primary=True)
        self.council_button = wrap_button("historyCouncilButton")
        self.busy = BusyLine()
        self.sent_title = label("h2", name="sentTitle")
        self.empty = label("secondary", name="sentEmpty")
        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        for part in (self.title, self.intro, self.council):
            layout.addWidget(part)
        layout.addLayout(flow_row(self.make_button, self.council_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.sent_title)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards)
        layout.addStretch(1)
        self.history: list[tuple[SentReturn, SinceSent]] = []
        self.profile: CouncilProfile | None = None
        self.card_parts: list[QFrame] = []
        self.retranslate_ui()

    def show_history(
        self, history: list[tuple[SentReturn, SinceSent]], profile: CouncilProfile | None
    ) -> None:
        self.history, self.profile = history, profile
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(_("Financial check-up"))
        often = period_words(self.profile.return_period) if self.profile else ""
        self.intro.setText(
            _(
                "Your council asks for a financial check-up {often}. dpwallet adds up the "
                "money for the dates, you check it, and dpwallet writes the files for you "
                "to send."
            ).format(often=often)
            if self.profile
            else _(
                "dpwallet adds up the money for the dates, you check it, and it writes the files."
            )
        )
        self.council.setText(council_words(self.profile))
        set_text(self.make_button, _("Make a financial check-up"))
        set_text(self.council_button, _("Change council…"))
        self.sent_title.setText(_("Check-ups you have sent"))
        self.empty.setText(
            _("You have not marked any check-ups as sent yet. They will show here once you do.")
        )
        self.empty.setVisible(not self.history)
        self._cards()

    def _cards(self) -> None:
        for part in self.card_parts:
            discard(part)
        self.card_parts = []
        for sent, since in self.history:
            frame = self._card(sent, since)
            self.cards.addWidget(frame)
            self.card_parts.append(frame)

    def _card(self, sent: SentReturn, since: SinceSent) -> QFrame:
        frame, layout = card(f"sent_{sent.id}")
        title = label("h2")
        title.setText(
            _("{start} to {end}").format(
                start=format_date(sent.period_from), end=format_date(sent.period_to)
            )
        )
        facts = label()
        facts.setText(
            _("Sent on {date} by {name}. Money at the end: {amount}.").format(
                date=format_date(sent.sent_at.date()),
                name=sent.sent_by or _("you"),
                amount=format_money(sent.closing_balance),
            )
        )
        status = StatusLine(f"sinceSent_{sent.id}")
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(status)
        frame.setAccessibleName(title.text())
        if not since.changed:
            status.show_status(True, _("Nothing has changed since you sent it."))
            return frame
        status.show_status(False, _("Changed since you sent it."))
        details = label(name=f"changes_{sent.id}")
        details.setText("\n".join(change_sentences(since)))
        advice = label("secondary")
        advice.setText(
            _(
                "This can happen when a payment is corrected later. You may want to let "
                "your council know, or make the check-up again for these dates."
            )
        )
        redo = wrap_button(f"redo_{sent.id}")
        set_text(redo, _("Make it again for these dates"))
        redo.clicked.connect(lambda _c=False, key=sent.id: self.redo_requested.emit(key))
        layout.addWidget(details)
        layout.addWidget(advice)
        layout.addLayout(flow_row(redo))
        return frame
