"""The plain words the employer screens show for stored codes (no Qt).

Why functions, not constants: every word is looked up in the current language each time
it is shown, so a language switch at run time changes them all (requirement 20). Keeping
them in one place means "Weekly" is said the same way on every screen, and an easy read
presentation can reuse the same words.
"""

from __future__ import annotations

from dpwallet.domain.employer_checklist import Status
from dpwallet.domain.timesheets import ShiftType
from dpwallet.i18n import _

FREQUENCIES = ("weekly", "fortnightly", "four-weekly", "monthly")
NI_CATEGORIES = ("A", "B", "C", "H", "J", "M", "V", "Z", "X")


def frequency_words(value: str) -> str:
    return {
        "weekly": _("Weekly"),
        "fortnightly": _("Every two weeks"),
        "four-weekly": _("Every four weeks"),
        "monthly": _("Monthly"),
    }.get(value, value)


def pension_words(value: str) -> str:
    return {
        "not_assessed": _("Not worked out yet"),
        "not_eligible": _("Not eligible"),
        "postponed": _("Postponed"),
        "enrolled": _("In the pension scheme"),
        "opted_out": _("Chose to leave the scheme"),
    }.get(value, value)


def ni_category_words(letter: str) -> str:
    meaning = {
        "A": _("most people"),
        "B": _("married women or widows who pay a lower rate"),
        "C": _("over State Pension age"),
        "H": _("apprentices under 25"),
        "J": _("pays NI in another job"),
        "M": _("under 21"),
        "V": _("veterans in their first civilian job"),
        "Z": _("under 21 and pays NI in another job"),
        "X": _("does not pay NI"),
    }.get(letter, "")
    return _("{letter}: {meaning}").format(letter=letter, meaning=meaning) if meaning else letter


def shift_kind_words(kind: ShiftType) -> str:
    return {
        ShiftType.NORMAL: _("Day shift"),
        ShiftType.NIGHT: _("Waking night"),
        ShiftType.SLEEP_IN: _("Sleep-in"),
        ShiftType.HOLIDAY: _("Holiday taken"),
    }[kind]


def status_words(status: Status) -> tuple[str, str]:
    """The status word and its picture for a checklist item."""
    return {
        Status.PASSED: (_("Date has passed"), "warning"),
        Status.DUE_SOON: (_("Due soon"), "clock"),
        Status.MISSING: (_("Missing"), "warning"),
        Status.SUGGESTION: (_("Suggestion"), "info"),
    }[status]
