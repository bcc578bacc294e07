"""The council return as an A4 PDF that serves a person and a machine.

A council finance officer should read it in a minute; their system should load its
numbers without retyping. So the PDF carries the printed sheet and, attached inside
it, the same sheet as JSON (``return.json``, PDF embedded file). Text is drawn with
the bundled Noto fonts through ``pdf_text`` so any payee name prints as letters.
The document is English, or Welsh when the sheet's language is "cy" (requirement 31).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from dpwallet import __version__
from dpwallet.domain.reconciliation import ReturnSheet, sheet_to_json
from dpwallet.export.pdf_text import register_fonts
from dpwallet.export.return_pdf_layout import Column, Flow
from dpwallet.export.return_text import (
    document_gettext,
    long_date,
    money_text,
    short_date,
    texts,
)
from dpwallet.storage import atomic

__all__ = ["JSON_NAME", "return_pdf_bytes", "write_return_pdf"]

JSON_NAME = "return.json"
PDF_LANG = {"en": "en-GB", "cy": "cy-GB"}


class _MediaType(PDFObject):
    """The name /application#2Fjson: reportlab's PDFName leaves "/" unescaped."""

    def format(self, document: object) -> bytes:
        return b"/application#2Fjson"


def _attach_json(canvas: Canvas, data: bytes) -> None:
    """Add ``return.json`` to the catalogue's EmbeddedFiles name tree (PDF 1.7, 7.11.4)."""
    doc = canvas._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": _MediaType(),
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        data,
        filters=[PDFZCompress],
    )
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(JSON_NAME),
            "UF": PDFString(JSON_NAME),
            "Desc": PDFString("Council return data (docs/return.schema.json)"),
            "AFRelationship": PDFName("Data"),
            "EF": PDFDictionary({"F": doc.Reference(stream)}),
        }
    )
    names = PDFArray([PDFString(JSON_NAME), doc.Reference(spec)])
    doc.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": names})})


def _about(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    i, lang = sheet.inputs, sheet.language
    rows = [
        (t["name"], i.person_name),
        (t["council"], i.council),
        (t["reference"], i.council_reference),
        (t["nominated"], i.nominated_person or t["none"]),
        (
            t["period"],
            t["period_value"].format(
                start=long_date(i.period_from, lang), end=long_date(i.period_to, lang)
            ),
        ),
    ]
    if i.communication_needs:
        rows.append((t["needs"], ", ".join(i.communication_needs)))
    flow.heading(t["about"])
    flow.pairs(rows)


def _statement(sheet: ReturnSheet, index: int, t: dict[str, str]) -> str:
    a, lang = sheet.accounts[index], sheet.language
    if a.statement_matches is None:
        return t["statement_none"]
    key = "statement_ok" if a.statement_matches else "statement_diff"
    return t[key].format(
        amount=money_text(a.statement_balance, lang), date=short_date(a.statement_date, lang)
    )


def _accounts(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    lang = sheet.language
    flow.heading(t["accounts"])
    cols = [Column(2.2), Column(1.3, True), Column(1.3, True), Column(1.3, True)]
    cols += [Column(1.3, True), Column(1.3, True), Column(2.2)]
    header = [t["account"], t["start"], t["money_in"], t["money_out"], t["transfers"], t["end"]]
    rows = [
        [a.name]
        + [
            money_text(x, lang)
            for x in (a.opening_balance, a.money_in, a.money_out, a.transfers, a.closing_balance)
        ]
        + [_statement(sheet, n, t)]
        for n, a in enumerate(sheet.accounts)
    ]
    flow.table(cols, [*header, t["statement"]], rows, size=8.5)


def _summary(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    lang, mi = sheet.language, sheet.money_in
    flow.heading(t["summary"])
    flow.money_pairs(
        [
            (t["opening"], money_text(sheet.opening_balance, lang), True),
            (t["money_in"], money_text(mi.total, lang), True),
            ("    " + t["council_payments"], money_text(mi.council_payments, lang), False),
            ("    " + t["contributions"], money_text(mi.contributions, lang), False),
            ("    " + t["other_in"], money_text(mi.other, lang), False),
            (t["money_out"], money_text(sheet.money_out.total, lang), True),
            (t["closing"], money_text(sheet.closing_balance, lang), True),
        ]
    )
    flow.space()
    if sheet.sums_agree:
        flow.paragraph(t["agrees"])
    else:
        flow.paragraph(t["disagrees"].format(amount=money_text(abs(sheet.unexplained), lang)))


def _outcomes(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    lang = sheet.language
    flow.heading(t["by_outcome"])
    rows = []
    for spend in sheet.money_out.by_outcome:
        name = spend.name or t["no_outcome"]
        label = f"{name}\n{spend.note}" if spend.note else name
        rows.append([label, str(spend.payments), money_text(spend.amount, lang)])
    flow.table(
        [Column(5), Column(1, True), Column(1.5, True)],
        [t["outcome"], t["payments_count"], t["amount"]],
        rows,
    )
    flow.heading(t["by_category"])
    cat_rows = [
        [c.category, str(c.payments), money_text(c.amount, lang)]
        for c in sheet.money_out.by_category
    ]
    flow.table(
        [Column(5), Column(1, True), Column(1.5, True)],
        [t["category"], t["payments_count"], t["amount"]],
        cat_rows,
    )


def _employer(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    lang, e = sheet.language, sheet.inputs.employer
    flow.heading(t["employer"])
    if e is None:
        flow.paragraph(t["no_employer"])
        return
    if e.insurance_in_date:
        renews = long_date(e.insurance_renewal, lang)
        insured = t["insurance_ok_until"].format(date=renews) if renews else t["insurance_ok"]
    else:
        insured = t["insurance_not"]
    flow.pairs(
        [
            (t["gross_pay"], money_text(e.gross_pay, lang)),
            (t["hmrc"], money_text(e.tax_and_ni_paid_to_hmrc, lang)),
            (t["pension"], money_text(e.pension_paid, lang)),
            (t["insurance"], insured),
        ],
        label_share=0.55,
    )


def _money_in_hand(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    i, lang = sheet.inputs, sheet.language
    flow.heading(t["contribution_heading"])
    flow.money_pairs(
        [
            (t["due"], money_text(i.contributions_due, lang), False),
            (t["paid"], money_text(i.contributions_paid, lang), False),
            (t["to_pay"], money_text(sheet.contributions_outstanding, lang), True),
        ]
    )
    flow.heading(t["in_hand"])
    if sheet.weeks_in_hand is None or i.weekly_budget is None:
        flow.paragraph(t["in_hand_unknown"])
        return
    flow.paragraph(
        t["in_hand_text"].format(
            amount=money_text(sheet.closing_balance, lang),
            weeks=sheet.weeks_in_hand,
            weekly=money_text(i.weekly_budget, lang),
            rule=i.contingency_weeks_rule or i.profile.contingency_weeks,
        )
    )


def _payments(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    lang = sheet.language
    flow.heading(t["lines"])
    if not sheet.lines:
        flow.paragraph(t["no_lines"])
        return
    rows = [
        [
            short_date(ln.date, lang),
            ln.account,
            f"{ln.payee}\n{ln.description}" if ln.description else ln.payee,
            ln.category,
            money_text(ln.amount, lang),
            ", ".join(ln.receipt_refs),
        ]
        for ln in sheet.lines
    ]
    cols = [Column(1.65), Column(1.6), Column(2.3), Column(1.6), Column(1.3, True), Column(1.1)]
    header = [t["date"], t["account"], t["who"], t["category"], t["amount"], t["receipt"]]
    flow.table(cols, header, rows, size=8.5)


def _closing(flow: Flow, sheet: ReturnSheet, t: dict[str, str]) -> None:
    i = sheet.inputs
    flow.heading(t["note"])
    flow.paragraph(i.note.strip() or t["no_note"])
    flow.heading(t["declaration"])
    flow.paragraph(t["declaration_text"])
    flow.space()
    flow.pairs(
        [
            (t["signed"], i.declaration_name),
            (t["signed_date"], long_date(i.declaration_date, sheet.language)),
        ]
    )


def return_pdf_bytes(sheet: ReturnSheet) -> bytes:
    """The whole PDF in memory, with ``return.json`` attached."""
    register_fonts()
    t = texts(document_gettext(sheet.language))
    i = sheet.inputs
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, lang=PDF_LANG[sheet.language])
    canvas.setTitle(f"{t['title']} – {i.person_name}")
    canvas.setAuthor(i.declaration_name or i.person_name)
    canvas.setSubject(t["subject"])
    canvas.setCreator(f"dpwallet {__version__}")
    canvas.setKeywords(f"{i.council_reference} {i.period_from} {i.period_to}")
    period = t["period_value"].format(
        start=long_date(i.period_from, sheet.language), end=long_date(i.period_to, sheet.language)
    )
    flow = Flow(
        canvas, lambda n: f"{i.council_reference}  ·  {period}  ·  " + t["page"].format(n=n)
    )
    flow.title(t["title"], period)
    flow.paragraph(t["intro"], 9.5)
    for section in (_about, _accounts, _summary, _outcomes, _employer, _money_in_hand):
        section(flow, sheet, t)
    for section in (_payments, _closing):
        section(flow, sheet, t)
    flow.finish()
    data = json.dumps(sheet_to_json(sheet), indent=1, ensure_ascii=False).encode("utf-8")
    _attach_json(canvas, data)
    canvas.save()
    return buffer.getvalue()


def write_return_pdf(sheet: ReturnSheet, path: Path) -> Path:
    """Write the PDF atomically (whole or not at all) and return its path."""
    atomic.write_bytes(path, return_pdf_bytes(sheet))
    return path
