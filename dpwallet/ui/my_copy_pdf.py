"""The "my copy" PDF: the home figures or a return sheet, in the person's own language.

Why Qt and not reportlab (requirement 33, finding 1): reportlab cannot order mixed Arabic
and Latin text correctly and has no font fallback, so an Urdu sentence with "£12.50" in it
would come out scrambled or with empty boxes. ``QTextDocument`` → ``QPdfWriter`` shapes
with HarfBuzz, runs the bidi algorithm and falls back between our bundled Noto fonts. The
council's own copy stays the English/Welsh reportlab PDF; this one is for the person.

In easy read the copy uses the easy read sentences (digits, no minus signs, dates with the
weekday). Every copy records the person's communication needs (requirement 34, the
Accessible Information Standard) so whoever reads it can see how to talk with them.

Needs a running ``QGuiApplication`` (fonts). QPdfWriter writes no ``/Lang``, so
:func:`write_my_copy` appends one as a standard PDF incremental update.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.domain.summary import WalletSummary
from dpwallet.i18n import _, current_language, is_rtl, npgettext, pgettext
from dpwallet.i18n.formatting import MoneyDirection, easy_read_amount, format_date, format_money
from dpwallet.settings import Settings
from dpwallet.ui.fonts import families_for_language

if TYPE_CHECKING:
    from dpwallet.services.money_home import HomeFigures

__all__ = ["CommunicationNeeds", "CopySection", "MyCopy", "home_copy", "return_copy"]
__all__ += ["to_html", "write_my_copy"]


@dataclass(frozen=True, slots=True)
class CommunicationNeeds:
    """How the person wants information (Accessible Information Standard)."""

    language: str
    easy_read: bool = False
    large_print: bool = False
    bsl: bool = False  # British Sign Language
    read_aloud: bool = False

    @classmethod
    def from_settings(cls, settings: Settings, *, bsl: bool = False) -> CommunicationNeeds:
        """From the app's settings: large print when text is bigger than normal."""
        return cls(
            language=settings.language,
            easy_read=settings.easy_read,
            large_print=settings.text_size_percent > 100,
            bsl=bsl,
            read_aloud=settings.easy_read,
        )

    def lines(self) -> list[str]:
        """The needs as sentences in the current language (only the ones that apply)."""
        from dpwallet.i18n.formatting import language_endonym

        out = [_("Language: {language}").format(language=language_endonym(self.language))]
        for wanted, text in (
            (self.easy_read, _("Easy read, please.")),
            (self.large_print, _("Large print, please.")),
            (self.bsl, _("British Sign Language, please.")),
            (self.read_aloud, _("Please read things out loud to me.")),
        ):
            if wanted:
                out.append(text)
        return out


@dataclass(frozen=True, slots=True)
class CopySection:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MyCopy:
    """Everything the PDF shows, already in words; the writer only lays it out."""

    title: str
    person: str
    language: str
    easy_read: bool
    sections: tuple[CopySection, ...]
    needs: CommunicationNeeds


def _er_money(amount: Money, positive: str, negative: str, **values: str) -> str:
    split = easy_read_amount(amount)
    template = negative if split.direction is MoneyDirection.NEGATIVE else positive
    return template.format(amount=split.amount, **values)


def _home_easy(summary: WalletSummary, figures: HomeFigures | None) -> list[str]:
    lines = [
        _er_money(
            summary.balance,
            pgettext("easyread", "You have {amount}."),
            pgettext("easyread", "You need to pay back {amount}."),
        )
    ]
    n = len(summary.accounts)
    if n:
        lines.append(
            npgettext(
                "easyread", "This money is in {n} place.", "This money is in {n} places.", n
            ).format(n=n)
        )
    for account in summary.accounts:
        lines.append(
            _er_money(
                account.balance,
                pgettext("easyread", "{account} has {amount}."),
                pgettext("easyread", "{account}: you need to pay back {amount}."),
                account=account.name,
            )
        )
    if figures is not None and figures.weeks_in_hand is not None and figures.weeks_in_hand >= 1:
        weeks = int(figures.weeks_in_hand)
        lines.append(
            npgettext(
                "easyread",
                "Your money lasts about {n} week.",
                "Your money lasts about {n} weeks.",
                weeks,
            ).format(n=weeks)
        )
    return lines


def _home_normal(summary: WalletSummary, figures: HomeFigures | None) -> list[str]:
    lines = [_("Money you have: {amount}").format(amount=format_money(summary.balance))]
    lines += [
        _("{account}: {amount}").format(account=a.name, amount=format_money(a.balance))
        for a in summary.accounts
    ]
    if figures is not None and figures.weeks_in_hand is not None:
        lines.append(_("Weeks of money in hand: {weeks}").format(weeks=figures.weeks_in_hand))
    return lines


def home_copy(
    summary: WalletSummary,
    needs: CommunicationNeeds,
    figures: HomeFigures | None = None,
) -> MyCopy:
    """The home screen's figures as a copy for the person (easy read if they asked)."""
    easy = needs.easy_read
    lines = _home_easy(summary, figures) if easy else _home_normal(summary, figures)
    if figures is not None:
        day = format_date(figures.today)
        lines.insert(0, pgettext("easyread", "Today is {date}.").format(date=day))
    heading = pgettext("easyread", "Your money") if easy else _("Money you have")
    return MyCopy(
        title=_("My copy: my money"),
        person=summary.name,
        language=needs.language,
        easy_read=easy,
        sections=(CopySection(heading, tuple(lines)),),
        needs=needs,
    )


def return_copy(sheet: ReturnSheet, needs: CommunicationNeeds) -> MyCopy:
    """A return sheet's totals, in the person's language, for them to keep."""
    i = sheet.inputs
    dates = {"start": format_date(i.period_from), "end": format_date(i.period_to)}
    if needs.easy_read:
        amount = {
            "opening": easy_read_amount(sheet.opening_balance).amount,
            "in": easy_read_amount(sheet.money_in.total).amount,
            "out": easy_read_amount(sheet.money_out.total).amount,
        }
        lines = [
            pgettext("easyread", "This is from {start} to {end}.").format(**dates),
            pgettext("easyread", "At the start you had {opening}.").format(**amount),
            pgettext("easyread", "Money coming in was {in}.").format(**amount),
            pgettext("easyread", "Money going out was {out}.").format(**amount),
            _er_money(
                sheet.closing_balance,
                pgettext("easyread", "At the end you had {amount}."),
                pgettext("easyread", "At the end you needed to pay back {amount}."),
            ),
        ]
        heading = pgettext("easyread", "Money summary for the council")
    else:
        lines = [
            _("From {start} to {end}").format(**dates),
            _("Money at the start: {amount}").format(amount=format_money(sheet.opening_balance)),
            _("Money in: {amount}").format(amount=format_money(sheet.money_in.total)),
            _("Money out: {amount}").format(amount=format_money(sheet.money_out.total)),
            _("Money at the end: {amount}").format(amount=format_money(sheet.closing_balance)),
        ]
        heading = _("Financial check-up")
    return MyCopy(
        title=_("My copy: financial check-up"),
        person=i.person_name,
        language=needs.language,
        easy_read=needs.easy_read,
        sections=(CopySection(heading, tuple(lines)),),
        needs=needs,
    )


def to_html(copy: MyCopy) -> str:
    """The copy as simple HTML with ``dir`` and ``lang`` set for the language."""
    direction = "rtl" if is_rtl(copy.language) else "ltr"
    align = "right" if direction == "rtl" else "left"
    size = "18pt" if copy.easy_read or copy.needs.large_print else "12pt"
    esc = html.escape
    parts = [
        f'<html lang="{esc(_bcp47(copy.language))}" dir="{direction}">',
        f'<body style="font-size:{size}; line-height:150%">',
        f'<h1 dir="{direction}" align="{align}">{esc(copy.title)}</h1>',
        f'<p dir="{direction}" align="{align}"><b>{esc(copy.person)}</b></p>',
    ]
    for section in copy.sections:
        parts.append(f'<h2 dir="{direction}" align="{align}">{esc(section.heading)}</h2>')
        parts += [f'<p dir="{direction}" align="{align}">{esc(ln)}</p>' for ln in section.lines]
    parts.append(
        f'<h2 dir="{direction}" align="{align}">{esc(_("How I like to get information"))}</h2>'
    )
    parts += [f'<p dir="{direction}" align="{align}">{esc(ln)}</p>' for ln in copy.needs.lines()]
    parts.append("</body></html>")
    return "\n".join(parts)


def _bcp47(language: str) -> str:
    return language.replace("_", "-")


def write_my_copy(copy: MyCopy, path: Path) -> Path:
    """Render ``copy`` to an A4 PDF at ``path`` with the language's bundled fonts."""
    writer = QPdfWriter(str(path))
    writer.setTitle(copy.title)
    writer.setCreator("dpwallet")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    families = families_for_language(copy.language or current_language())
    if families:
        font.setFamilies(families)
    font.setPointSizeF(18 if copy.easy_read or copy.needs.large_print else 12)
    document.setDefaultFont(font)
    document.setHtml(to_html(copy))
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    add_language_tag(path, _bcp47(copy.language))
    return path


_ROOT = re.compile(rb"/Root\s+(\d+)\s+(\d+)\s+R")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def add_language_tag(path: Path, language: str) -> None:
    """Add ``/Lang`` to the PDF catalogue by appending an incremental update.

    Screen readers use ``/Lang`` to pick the voice (R12); QPdfWriter never writes it.
    The original bytes stay untouched; a new copy of the catalogue object, a one-entry
    cross-reference section and a trailer pointing back (``/Prev``) are added at the end.
    """
    data = path.read_bytes()
    roots = _ROOT.findall(data)
    start = _STARTXREF.search(data)
    if not roots or start is None or not re.fullmatch(r"[A-Za-z0-9-]{2,20}", language):
        return
    number, generation = roots[-1]
    found = re.search(
        rb"\n" + number + rb" " + generation + rb" obj\s*<<(.*?)>>\s*endobj", data, re.S
    )
    if found is None:
        return
    body = re.sub(rb"/Lang\s*\([^)]*\)", b"", found.group(1))
    size = re.findall(rb"/Size\s+(\d+)", data)
    info = re.findall(rb"/Info\s+(\d+\s+\d+\s+R)", data)
    offset = len(data) + 1
    obj = b"\n" + number + b" " + generation + b" obj\n<<" + body
    obj += b"/Lang (" + language.encode("ascii") + b")\n>>\nendobj\n"
    xref = b"xref\n" + number + b" 1\n" + f"{offset:010d} {int(generation):05d} n \n".encode()
    trailer = b"trailer\n<< /Size " + (size[-1] if size else b"0") + b" /Root " + number
    trailer += b" " + generation + b" R" + (b" /Info " + info[-1] if info else b"")
    trailer += b" /Prev " + start.group(1) + b" >>\n"
    tail = obj + xref + trailer + b"startxref\n" + str(len(data) + len(obj)).encode() + b"\n%%EOF\n"
    path.write_bytes(data + tail)
