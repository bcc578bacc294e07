"""A pseudo-locale that makes every translated string longer, accented and bracketed.

Switch to it to find text that is clipped, concatenated or never passed through ``_``:
"Save" becomes "[Šàvé ~~]". Strings grow by about 40 % (German and Welsh run 30-40 %
longer than English), every Latin letter gets an accent (to show glyph and height
problems), and the brackets show where each string starts and ends, so a missing "]"
means truncation and unbracketed text means a string that was never translated.

Placeholders (``{name}``, ``%(n)d``, ``%s``), HTML-like tags and Qt mnemonics
(``&Save``) are kept as they are, so ``.format()`` and shortcuts still work.

Use: ``dpwallet.ui.i18n_qt.apply_language(PSEUDO_LANGUAGE)`` in the UI, or
:class:`PseudoTranslations` anywhere a ``gettext.NullTranslations`` is expected.
"""

from __future__ import annotations

import gettext
import math
import re

__all__ = ["PSEUDO_LANGUAGE", "PseudoTranslations", "install", "pseudo_translate"]

# Android's pseudo-locale code for "accented English"; Babel does not know it, so the
# formatting functions fall back to en_GB data for it.
PSEUDO_LANGUAGE = "en_XA"

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Things to keep byte-for-byte: format fields, printf fields, tags, entities, mnemonics.
_PROTECTED = re.compile(
    r"\{\{|\}\}|\{[^{}]*\}"  # str.format fields and escaped braces
    r"|%\([^)]*\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|%[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]"
    r"|<[^<>]+>|&[a-zA-Z]+;|&&|&(?=\S)"
)
EXPANSION = 0.4
_PAD = "~"


def pseudo_translate(text: str) -> str:
    """``"Save"`` → ``"[Šàṽé ~~]"``: accented, about 40 % longer, bracketed.

    The empty string stays empty (gettext's header lookup relies on it).
    """
    if not text:
        return text
    out: list[str] = []
    visible = 0
    pos = 0
    for match in _PROTECTED.finditer(text):
        chunk = text[pos : match.start()]
        out.append(chunk.translate(_ACCENTS))
        visible += len(chunk)
        token = match.group(0)
        out.append(token)
        pos = match.end()
    tail = text[pos:]
    out.append(tail.translate(_ACCENTS))
    visible += len(tail)
    pad = max(1, math.ceil(visible * EXPANSION)) if visible else 0
    body = "".join(out)
    return f"[{body} {_PAD * pad}]" if pad else f"[{body}]"


class PseudoTranslations(gettext.NullTranslations):
    """A gettext translations object answering every lookup with the pseudo string."""

    def gettext(self, message: str) -> str:
        return pseudo_translate(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo_translate(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo_translate(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo_translate(msgid1 if n == 1 else msgid2)

    def info(self) -> dict[str, str]:
        return {"language": PSEUDO_LANGUAGE}


def install() -> None:
    """Make ``dpwallet.i18n``'s lookups answer in the pseudo-locale until the next switch."""
    from dpwallet.i18n import use_translations

    use_translations(PseudoTranslations(), PSEUDO_LANGUAGE)
