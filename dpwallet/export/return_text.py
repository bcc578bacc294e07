"""Shared wording and formatting for the council return files (PDF, XLSX, CSV, e-mail).

Council documents are in English, or Welsh for a Welsh speaker (requirement 31),
whatever language the app is showing. ``document_gettext`` gives the right lookup:
``dpwallet.i18n._`` when the app already speaks that language (so test and pseudo
catalogues still apply), otherwise the English source text or the Welsh catalogue.
The wording follows the improved council letters: "financial check-up", never
"audit"; it asks, it does not accuse.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Callable

from dpwallet.domain.money import Money
from dpwallet.i18n import DOMAIN, LOCALE_DIR, current_language
from dpwallet.i18n import _ as app_gettext
from dpwallet.i18n.formatting import format_date, format_date_short, format_money

__all__ = [
    "Gettext",
    "document_gettext",
    "locale_code",
    "long_date",
    "money_text",
    "short_date",
    "texts",
]

Gettext = Callable[[str], str]


def locale_code(language: str) -> str:
    """The formatting locale for a sheet language ("en" → "en_GB", "cy" → "cy")."""
    return "cy" if language == "cy" else "en_GB"


def document_gettext(language: str) -> Gettext:
    """The lookup for a document in ``language`` ("en" or "cy"), chosen at call time."""
    current = current_language().replace("-", "_").split("_")[0].lower()
    if current == language:
        return app_gettext
    if language == "en":
        return str  # the English source text
    translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    return translations.gettext


def money_text(amount: Money | None, language: str) -> str:
    return "" if amount is None else format_money(amount, language=locale_code(language))


def long_date(day: dt.date | None, language: str) -> str:
    return "" if day is None else format_date(day, locale_code(language))


def short_date(day: dt.date | None, language: str) -> str:
    return "" if day is None else format_date_short(day, locale_code(language))


def texts(_: Gettext) -> dict[str, str]:
    """Every label the return files use, looked up now with ``_``."""
    return {
        "title": _("Financial check-up: direct payment return"),
        "subject": _("Direct payment reconciliation sheet for the council"),
        "intro": _(
            "This return was made with dpwallet from the records the person keeps. The same "
            "figures are attached to this PDF as a data file (return.json) for the council's "
            "systems."
        ),
        "about": _("About the person"),
        "name": _("Name"),
        "council": _("Council"),
        "reference": _("Council reference"),
        "nominated": _("Nominated person"),
        "none": _("None"),
        "period": _("Period"),
        "period_value": _("{start} to {end}"),
        "needs": _("Communication needs"),
        "accounts": _("Accounts"),
        "account": _("Account"),
        "start": _("Start of period"),
        "money_in": _("Money in"),
        "money_out": _("Money out"),
        "transfers": _("Transfers"),
        "end": _("End of period"),
        "statement": _("Bank statement"),
        "statement_ok": _("Agrees with the statement ({amount} on {date})"),
        "statement_diff": _("Statement says {amount} on {date}"),
        "statement_none": _("No statement balance"),
        "summary": _("Money summary"),
        "opening": _("Money at the start"),
        "council_payments": _("Payments from the council"),
        "contributions": _("Contributions paid in"),
        "other_in": _("Other money in (refunds and similar)"),
        "closing": _("Money at the end"),
        "agrees": _("The figures add up: start + money in − money out = end."),
        "disagrees": _(
            "The figures do not add up yet: {amount} is still to be explained. The person "
            "is looking into it."
        ),
        "by_outcome": _("Money out by outcome in the support plan"),
        "outcome": _("Outcome"),
        "no_outcome": _("Not linked to an outcome"),
        "payments_count": _("Payments"),
        "amount": _("Amount"),
        "by_category": _("Money out by category"),
        "category": _("Category"),
        "employer": _("Being an employer"),
        "gross_pay": _("Gross pay for personal assistants"),
        "hmrc": _("Tax and National Insurance paid to HMRC"),
        "pension": _("Workplace pension paid"),
        "insurance": _("Employers’ liability insurance"),
        "insurance_ok": _("In date"),
        "insurance_ok_until": _("In date (renews {date})"),
        "insurance_not": _("Being renewed"),
        "no_employer": _("No personal assistants employed in this period."),
        "contribution_heading": _("Contributions"),
        "due": _("Due for the period"),
        "paid": _("Paid in"),
        "to_pay": _("Still to pay in"),
        "in_hand": _("Money in hand"),
        "in_hand_text": _(
            "{amount} is about {weeks} weeks of the budget ({weekly} a week). The council's "
            "guide for a cushion is {rule} weeks."
        ),
        "in_hand_unknown": _("The weekly budget is not recorded, so weeks in hand are not shown."),
        "lines": _("Payments in the period"),
        "date": _("Date"),
        "who": _("Paid to or from"),
        "description": _("Description"),
        "receipt": _("Receipt"),
        "kind": _("Kind"),
        "source": _("Source"),
        "no_lines": _("No payments in this period."),
        "note": _("A note from the person"),
        "no_note": _("No note this time."),
        "declaration": _("Declaration"),
        "declaration_text": _(
            "I confirm that, as far as I know, this is a true record of how the direct "
            "payment was used in this period, to meet the outcomes in my support plan."
        ),
        "signed": _("Typed name"),
        "signed_date": _("Date"),
        "page": _("Page {n}"),
        "receipts_index": _("Receipts"),
        "transactions": _("Transactions"),
        "summary_sheet": _("Summary"),
        "line_id": _("Line"),
        "file": _("Receipt reference"),
        "yes": _("Yes"),
        "no": _("No"),
        "reconciles": _("Adds up and agrees with the statements"),
        "total": _("Total"),
    }
