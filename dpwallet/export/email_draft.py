"""An e-mail draft (.eml) for sending the return: opened by the person's mail program.

dpwallet is offline and never sends anything. It writes a draft addressed to the
council's return address with a short, warm covering note and the files the council
asked for (PDF, spreadsheet or both, from the council profile). The person opens it,
reads it, and presses Send themselves. ``X-Unsent: 1`` makes Outlook open it as a
draft rather than a received message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from dpwallet.domain.reconciliation import ReturnSheet
from dpwallet.export.return_text import document_gettext, long_date
from dpwallet.storage import atomic

__all__ = ["Attachment", "default_attachments", "email_draft_bytes", "write_email_draft"]

MEDIA = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "json": ("application", "json"),
    "csv": ("text", "csv"),
    "zip": ("application", "zip"),
}


@dataclass(frozen=True, slots=True)
class Attachment:
    file_name: str
    content: bytes

    @property
    def media(self) -> tuple[str, str]:
        suffix = self.file_name.rsplit(".", 1)[-1].lower()
        return MEDIA.get(suffix, ("application", "octet-stream"))


def base_name(sheet: ReturnSheet) -> str:
    """ "financial-check-up-2026-01-01-to-2026-03-31": dates only, no personal details."""
    i = sheet.inputs
    return f"financial-check-up-{i.period_from.isoformat()}-to-{i.period_to.isoformat()}"


def default_attachments(sheet: ReturnSheet) -> list[Attachment]:
    """The formats the council asked for (profile ``formats``), made in memory."""
    from dpwallet.export.return_pdf import return_pdf_bytes
    from dpwallet.export.return_xlsx import return_xlsx_bytes

    makers = {"pdf": return_pdf_bytes, "xlsx": return_xlsx_bytes}
    return [
        Attachment(f"{base_name(sheet)}.{fmt}", makers[fmt](sheet)) for fmt in sheet.profile.formats
    ]


def _body(sheet: ReturnSheet) -> str:
    _ = document_gettext(sheet.language)
    i, lang = sheet.inputs, sheet.language
    greeting = _("Hello,")
    lines = [
        greeting,
        "",
        _(
            "Please find attached my direct payment return for {start} to {end}, for the "
            "financial check-up."
        ).format(start=long_date(i.period_from, lang), end=long_date(i.period_to, lang)),
        _("My council reference is {reference}.").format(reference=i.council_reference),
    ]
    if i.note.strip():
        lines += ["", _("A note from me:"), i.note.strip()]
    lines += [
        "",
        _("If anything is unclear or you need something else, please let me know."),
        "",
        _("Thank you,"),
        i.declaration_name or i.person_name,
    ]
    return "\n".join(lines) + "\n"


def email_draft_bytes(sheet: ReturnSheet, attachments: Sequence[Attachment] | None = None) -> bytes:
    """The draft as RFC 5322 bytes; ``attachments`` None means the profile's formats."""
    _ = document_gettext(sheet.language)
    i = sheet.inputs
    message = EmailMessage(policy=SMTP)
    message["To"] = sheet.profile.return_email
    message["Subject"] = _("Direct payment financial check-up: {name}, {reference}").format(
        name=i.person_name, reference=i.council_reference
    )
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(_body(sheet))
    chosen = default_attachments(sheet) if attachments is None else attachments
    for item in chosen:
        maintype, subtype = item.media
        message.add_attachment(
            item.content, maintype=maintype, subtype=subtype, filename=item.file_name
        )
    return message.as_bytes()


def write_email_draft(
    sheet: ReturnSheet, path: Path, attachments: Sequence[Attachment] | None = None
) -> Path:
    """Write the .eml atomically and return its path. Nothing is sent."""
    atomic.write_bytes(path, email_draft_bytes(sheet, attachments))
    return path
