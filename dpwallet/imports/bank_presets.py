"""Built-in CSV layouts of UK banks, cards and prepaid-card portals.

Each preset is built by a function whose docstring records what the bank's CSV
download looks like: the header row, how money in and out is signed, the date form
and the row order. Where a layout is reconstructed from public descriptions rather
than checked against a recent real download, the docstring says so.

Detection (:func:`match_header`) compares each of the first rows of a file with every
preset's header after :func:`~dpwallet.imports.column_mapping.normalise_header`. An exact
header wins over one that merely contains the preset's required columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .column_mapping import ColumnMapping, normalise_header

TextCleaner = Callable[[str], tuple[str, str]]
"""Turns the payee cell into ``(payee, extra description)`` for banks that pack both."""


@dataclass(frozen=True)
class BankPreset:
    """A known CSV layout: how to recognise it and how to read it."""

    name: str
    label: str
    header: tuple[str, ...]
    mapping: ColumnMapping
    required: tuple[str, ...] = ()
    split_payee: TextCleaner | None = None
    newest_first: bool = False
    doc: str = field(default="", compare=False)

    @property
    def required_columns(self) -> frozenset[str]:
        return frozenset(self.required or self.header)


def _preset(
    builder: Callable[[], BankPreset],
) -> BankPreset:
    preset = builder()
    return BankPreset(
        name=preset.name,
        label=preset.label,
        header=tuple(normalise_header(h) for h in preset.header),
        mapping=preset.mapping,
        required=tuple(normalise_header(h) for h in preset.required),
        split_payee=preset.split_payee,
        newest_first=preset.newest_first,
        doc=builder.__doc__ or "",
    )


def nationwide() -> BankPreset:
    """Nationwide Building Society current accounts (FlexAccount, FlexDirect...).

    The download starts with preamble lines, then a blank line, then the header::

        "Account Name:","FlexAccount ****12345"
        "Account Balance:","£1,234.56"
        "Available Balance: ","£1,234.56"

        "Date","Transaction type","Description","Paid out","Paid in","Balance"
        "05 Jan 2026","Payment to","CITY TAXIS","£8.00","","£1,226.56"

    Dates are "DD Mon YYYY". Amounts are unsigned with a "£" sign, in separate
    "Paid out" / "Paid in" columns. Older downloads are Windows-1252 ("£" = 0xA3).
    Rows are oldest first. The account hint comes from the "Account Name:" line.
    """
    return BankPreset(
        name="nationwide",
        label="Nationwide",
        header=("Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"),
        mapping=ColumnMapping(
            date="Date",
            paid_out="Paid out",
            paid_in="Paid in",
            payee="Description",
            description="Transaction type",
            balance="Balance",
            date_format="%d %b %Y",
        ),
    )


def nationwide_card() -> BankPreset:
    """Nationwide credit card downloads.

    Header ``"Date","Transactions","Location","Paid out","Paid in"`` after a short
    preamble like the current account's. "DD Mon YYYY" dates, "£" amounts in
    "Paid out"/"Paid in", no running balance, oldest first. Reconstructed from public
    descriptions of the export, not checked against a recent download.
    """
    return BankPreset(
        name="nationwide_card",
        label="Nationwide credit card",
        header=("Date", "Transactions", "Location", "Paid out", "Paid in"),
        mapping=ColumnMapping(
            date="Date",
            paid_out="Paid out",
            paid_in="Paid in",
            payee="Transactions",
            description="Location",
            date_format="%d %b %Y",
        ),
    )


def lloyds() -> BankPreset:
    """Lloyds, Halifax and Bank of Scotland (one banking platform, one export).

    No preamble; the header is::

        Transaction Date,Transaction Type,Sort Code,Account Number,
            Transaction Description,Debit Amount,Credit Amount,Balance     (one line)
        15/01/2026,DEB,'30-99-50,12345678,CITY TAXIS,8.00,,1226.56

    Dates "DD/MM/YYYY". Money out is an unsigned "Debit Amount", money in an unsigned
    "Credit Amount"; "Balance" is the running balance. The sort code carries a leading
    apostrophe (Excel text protection). Rows are newest first. Transaction types are
    codes: DEB (card), FPO/FPI (faster payment out/in), DD, SO, BGC, TFR, CHG.
    """
    return BankPreset(
        name="lloyds",
        newest_first=True,
        label="Lloyds, Halifax or Bank of Scotland",
        header=(
            "Transaction Date",
            "Transaction Type",
            "Sort Code",
            "Account Number",
            "Transaction Description",
            "Debit Amount",
            "Credit Amount",
            "Balance",
        ),
        mapping=ColumnMapping(
            date="Transaction Date",
            paid_out="Debit Amount",
            paid_in="Credit Amount",
            payee="Transaction Description",
            description="Transaction Type",
            balance="Balance",
            account="Account Number",
        ),
    )


_BARCLAYS_SPLIT = re.compile(r"\t|\s{2,}")


def _split_barclays(memo: str) -> tuple[str, str]:
    """Barclays packs payee and detail into Memo, separated by a tab or a run of spaces."""
    parts = [p.strip() for p in _BARCLAYS_SPLIT.split(memo.strip()) if p.strip()]
    if not parts:
        return "", ""
    return parts[0], " ".join(parts[1:])


def barclays() -> BankPreset:
    """Barclays current accounts (online banking "Export" as CSV).

    No preamble; the header is::

        Number,Date,Account,Amount,Subcategory,Memo
        ,15/01/2026,20-32-06 13152170,-8.00,PAYMENT,CITY TAXIS    ON 14 JAN          BCC

    Dates "DD/MM/YYYY". "Amount" is signed: negative is money out. "Number" is usually
    empty (cheque number otherwise). "Subcategory" is the kind (PAYMENT, DIRECTDEP,
    FT, DIRECTDEBIT, STANDING ORDER...). "Memo" packs payee and detail separated by a
    tab or several spaces. No running balance. Rows are oldest first.
    """
    return BankPreset(
        name="barclays",
        label="Barclays",
        header=("Number", "Date", "Account", "Amount", "Subcategory", "Memo"),
        mapping=ColumnMapping(
            date="Date",
            amount="Amount",
            payee="Memo",
            description="Subcategory",
            reference="Number",
            account="Account",
        ),
        split_payee=_split_barclays,
    )


def hsbc() -> BankPreset:
    """HSBC UK and first direct personal accounts.

    The CSV has **no header row**: three columns per line::

        15/01/2026,CITY TAXIS,-8.00
        14/01/2026,DP PAYMENT KENT CC,"1,250.00"

    Dates "DD/MM/YYYY"; one signed amount (negative is money out), quoted when it has
    a thousands comma. No balance. Rows are newest first. Recognised by shape (date,
    text, amount on every row) because there is no header to match.
    """
    return BankPreset(
        name="hsbc",
        newest_first=True,
        label="HSBC or first direct",
        header=(),
        mapping=ColumnMapping(date=0, payee=1, amount=2, has_header_row=False),
    )


_NATWEST_CARD = re.compile(r"^\d{4} \d{2}[A-Z]{3}\d{2}$")


def _split_natwest(text: str) -> tuple[str, str]:
    """NatWest descriptions are comma-joined parts; card rows start "4567 14JAN26"."""
    parts = [p.strip().lstrip("'").strip() for p in text.split(",")]
    parts = [p for p in parts if p]
    named = [p for p in parts if not _NATWEST_CARD.match(p)]
    if not named:
        return text.strip(), ""
    return named[0], ", ".join(named[1:])


def natwest() -> BankPreset:
    """NatWest, Royal Bank of Scotland and Ulster Bank (one platform, one export).

    The header has spaces after the commas and often a blank line before it::

        Date, Type, Description, Value, Balance, Account Name, Account Number
        15/01/2026,POS,"'4567 14JAN26 , CITY TAXIS , LEEDS GB",-8.00,1226.56,
            "'SMITH J","'560036-12345678",                                  (one line)

    Dates "DD/MM/YYYY" (some downloads "DD Mon YYYY"; use a column mapping for those).
    "Value" is signed: negative is money out. "Balance" is the running balance. Text
    fields carry a leading apostrophe and rows end with a trailing comma. Rows are
    oldest first. The account hint is the last digits of "Account Number".
    """
    return BankPreset(
        name="natwest",
        label="NatWest, RBS or Ulster Bank",
        header=(
            "Date",
            "Type",
            "Description",
            "Value",
            "Balance",
            "Account Name",
            "Account Number",
        ),
        mapping=ColumnMapping(
            date="Date",
            amount="Value",
            payee="Description",
            description="Type",
            balance="Balance",
            account="Account Number",
        ),
        split_payee=_split_natwest,
    )


def monzo() -> BankPreset:
    """Monzo current accounts (app: "Export transactions" as CSV).

    No preamble; the header is::

        Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,
            Local currency,Notes and #tags,Address,Receipt,Description,Category split,
            Money Out,Money In                                                 (one line)

    Dates "DD/MM/YYYY", time in its own column. "Amount" is signed in pounds (negative
    is money out); "Money Out" repeats spending as a negative number. "Name" is the
    merchant; "Transaction ID" (tx_...) is kept as the reference. No balance. Oldest
    first. Monzo has added columns over the years, so only the first eight are
    required to match.
    """
    return BankPreset(
        name="monzo",
        label="Monzo",
        header=(
            "Transaction ID",
            "Date",
            "Time",
            "Type",
            "Name",
            "Emoji",
            "Category",
            "Amount",
            "Currency",
            "Local amount",
            "Local currency",
            "Notes and #tags",
            "Address",
            "Receipt",
            "Description",
            "Category split",
            "Money Out",
            "Money In",
        ),
        required=("Transaction ID", "Date", "Time", "Type", "Name", "Amount", "Currency"),
        mapping=ColumnMapping(
            date="Date",
            amount="Amount",
            payee="Name",
            description="Description",
            reference="Transaction ID",
        ),
    )


def starling() -> BankPreset:
    """Starling Bank (app or web: statement "CSV").

    No preamble; the header is::

        Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes
        01/01/2026,Opening Balance,,,0.00,1234.56,,
        15/01/2026,City Taxis,TAXI 14 JAN,CARD,-8.00,1226.56,TRANSPORT,

    Dates "DD/MM/YYYY". "Amount (GBP)" is signed (negative is money out) and "Balance
    (GBP)" is the running balance. The first row is an "Opening Balance" line with a
    zero amount, which is not a payment and is skipped. Oldest first.
    """
    return BankPreset(
        name="starling",
        label="Starling",
        header=(
            "Date",
            "Counter Party",
            "Reference",
            "Type",
            "Amount (GBP)",
            "Balance (GBP)",
            "Spending Category",
            "Notes",
        ),
        required=("Date", "Counter Party", "Reference", "Type", "Amount (GBP)", "Balance (GBP)"),
        mapping=ColumnMapping(
            date="Date",
            amount="Amount (GBP)",
            payee="Counter Party",
            reference="Reference",
            description="Type",
            balance="Balance (GBP)",
        ),
    )


def coop() -> BankPreset:
    """The Co-operative Bank current accounts (and smile).

    No preamble; the header is::

        Date,Description,Money In,Money Out,Balance
        15/01/2026,CITY TAXIS,,8.00,1226.56

    Dates "DD/MM/YYYY". Separate unsigned "Money In" and "Money Out" columns (some
    downloads write money out as a negative number, which is read the same way).
    "Balance" is the running balance. Rows are newest first. Reconstructed from public
    descriptions of the export, not checked against a recent download.
    """
    return BankPreset(
        name="coop",
        newest_first=True,
        label="Co-operative Bank",
        header=("Date", "Description", "Money In", "Money Out", "Balance"),
        mapping=ColumnMapping(
            date="Date",
            paid_in="Money In",
            paid_out="Money Out",
            payee="Description",
            balance="Balance",
        ),
    )


def prepaid_card() -> BankPreset:
    """Council prepaid-card portals (AllPay-style cardholder statement download).

    A short preamble names the card, then the header::

        Card Number:,************4821
        Statement Period:,01/01/2026 - 31/01/2026

        Date,Time,Merchant,Description,Debit,Credit,Balance
        15/01/2026,14:05,CITY TAXIS,Card purchase,8.00,,1226.56

    Dates "DD/MM/YYYY". Unsigned "Debit" (money out) and "Credit" (money in, e.g. the
    council's load) columns and a running "Balance". Oldest first. **Not verified**
    against a real portal download: no public sample of the AllPay export was
    available, so this follows the columns the portal shows on screen. Cardholders
    whose download differs can choose the columns once with a column mapping.
    """
    return BankPreset(
        name="prepaid_card",
        label="Prepaid card (AllPay-style)",
        header=("Date", "Time", "Merchant", "Description", "Debit", "Credit", "Balance"),
        mapping=ColumnMapping(
            date="Date",
            paid_out="Debit",
            paid_in="Credit",
            payee="Merchant",
            description="Description",
            balance="Balance",
        ),
    )


PRESETS: tuple[BankPreset, ...] = tuple(
    _preset(builder)
    for builder in (
        nationwide,
        nationwide_card,
        lloyds,
        barclays,
        hsbc,
        natwest,
        monzo,
        starling,
        coop,
        prepaid_card,
    )
)
PRESETS_BY_NAME = {preset.name: preset for preset in PRESETS}


def match_header(cells: Sequence[str]) -> tuple[int, BankPreset] | None:
    """The best preset whose header this row is, with a score (higher is surer)."""
    normalised = [normalise_header(c) for c in cells]
    while normalised and not normalised[-1]:
        normalised.pop()
    present = frozenset(normalised)
    best: tuple[int, BankPreset] | None = None
    for preset in PRESETS:
        if not preset.header or not preset.required_columns <= present:
            continue
        score = len(preset.required_columns) + (100 if tuple(normalised) == preset.header else 0)
        if best is None or score > best[0]:
            best = (score, preset)
    return best
