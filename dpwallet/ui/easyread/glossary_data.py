"""The easy read word list: each term and its plain meaning, as English msgids.

Pure Python (no Qt) so the PDF, the tests and any screen can use it. Every text is marked
with ``ER_`` so it is extracted into ``dpwallet_easyread.pot`` with context "easyread",
and each language gets its own entry; show it with ``pgettext("easyread", text)``.
Labels follow access-and-languages.md 1.3 (one word per idea, across every screen).

A screen says which terms it uses by their keys (``IdeaRow(terms=("direct_payment",))``);
the "What do these words mean?" dialog lists those.
"""

from __future__ import annotations

from dataclasses import dataclass

from dpwallet.i18n import ER_, pgettext

__all__ = ["GLOSSARY", "GlossaryEntry", "entry", "translated"]


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    key: str
    term: str  # English msgid (context "easyread")
    meaning: str  # English msgid (context "easyread"); short sentences


_ENTRIES: tuple[GlossaryEntry, ...] = (
    GlossaryEntry(
        "direct_payment",
        ER_("Direct payment"),
        ER_("Money from the council. You use it to pay for your support."),
    ),
    GlossaryEntry(
        "money_you_have",
        ER_("Money you have"),
        ER_("This is the money in your direct payment bank account."),
    ),
    GlossaryEntry(
        "bank_account",
        ER_("Bank account"),
        ER_("A safe place at a bank for your money. Some people have a card instead."),
    ),
    GlossaryEntry(
        "money_coming_in",
        ER_("Money coming in"),
        ER_("This is money the council pays in. It is also money you pay in."),
    ),
    GlossaryEntry(
        "money_you_pay_in",
        ER_("Money you pay in"),
        ER_("The council worked out how much you pay in each time."),
    ),
    GlossaryEntry(
        "money_going_out",
        ER_("Money going out"),
        ER_("This is money you paid for your support."),
    ),
    GlossaryEntry(
        "weeks_in_hand",
        ER_("Weeks of money"),
        ER_("How long your money lasts if you keep spending the same."),
    ),
    GlossaryEntry(
        "money_left_over",
        ER_("Money left over"),
        ER_("Money you did not use. The council may ask for some back."),
    ),
    GlossaryEntry(
        "financial_check_up",
        ER_("Financial check-up"),
        ER_("The council looks at your money records. This is normal."),
    ),
    GlossaryEntry(
        "money_summary",
        ER_("Money summary for the council"),
        ER_("This page shows money in and money out."),
    ),
    GlossaryEntry(
        "support_plan",
        ER_("Support plan"),
        ER_("Your plan says what help you need."),
    ),
    GlossaryEntry(
        "personal_assistant",
        ER_("Personal assistant"),
        ER_("A person you pay to help you."),
    ),
    GlossaryEntry(
        "receipt",
        ER_("Receipt"),
        ER_("A receipt shows what you paid."),
    ),
    GlossaryEntry(
        "bill",
        ER_("Bill"),
        ER_("A bill asks you to pay."),
    ),
    GlossaryEntry(
        "bank_statement",
        ER_("Bank statement"),
        ER_("A page from the bank. It shows money in and money out."),
    ),
    GlossaryEntry(
        "council",
        ER_("Council"),
        ER_("The council pays for your support. It agreed your support plan."),
    ),
    GlossaryEntry(
        "pay_back",
        ER_("Pay back"),
        ER_("You spent more than you had. You need to put money back."),
    ),
    GlossaryEntry(
        "tax",
        ER_("Tax"),
        ER_("Money the government takes from pay. It pays for things like hospitals."),
    ),
    GlossaryEntry(
        "pension",
        ER_("Pension"),
        ER_("Money saved from pay for when a person is older."),
    ),
    GlossaryEntry(
        "backup",
        ER_("Backup"),
        ER_("A spare copy of your wallet. It keeps your records safe."),
    ),
    GlossaryEntry(
        "lock",
        ER_("Lock"),
        ER_("dpwallet hides your wallet. Your passphrase opens it again."),
    ),
    GlossaryEntry(
        "pay_rate",
        ER_("Pay an hour"),
        ER_("How much you pay your personal assistant for each hour of work."),
    ),
    GlossaryEntry(
        "national_insurance_number",
        ER_("National Insurance number"),
        ER_("A number from the government. It stays the same for life."),
    ),
    GlossaryEntry(
        "insurance",
        ER_("Insurance for your personal assistants"),
        ER_("It pays if your personal assistant gets hurt at work. You must have it."),
    ),
    GlossaryEntry(
        "holiday",
        ER_("Holiday"),
        ER_("Days off work with pay."),
    ),
    GlossaryEntry(
        "off_sick",
        ER_("Off sick"),
        ER_("Your personal assistant was ill and could not work."),
    ),
    GlossaryEntry(
        "pay_day",
        ER_("Pay day"),
        ER_("The day your personal assistants get their money."),
    ),
    GlossaryEntry(
        "tax_office",
        ER_("Tax office"),
        ER_("The part of the government that collects tax."),
    ),
    GlossaryEntry(
        "outcome",
        ER_("Outcome"),
        ER_("Something your support plan helps you do. For example, get out more."),
    ),
    GlossaryEntry(
        "check_with_bank",
        ER_("Check with the bank"),
        ER_("You look at your bank statement. You see if the money is the same."),
    ),
)

GLOSSARY: dict[str, GlossaryEntry] = {e.key: e for e in _ENTRIES}


def entry(key: str) -> GlossaryEntry:
    """The entry for ``key``; raises KeyError so a typo in a screen shows up in tests."""
    return GLOSSARY[key]


def translated(key: str) -> tuple[str, str]:
    """(term, meaning) in the current language."""
    found = GLOSSARY[key]
    return pgettext("easyread", found.term), pgettext("easyread", found.meaning)
