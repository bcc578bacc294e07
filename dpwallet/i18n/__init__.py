"""The one place user-visible text is translated.

Call ``_("...")`` for text, ``ngettext`` for plurals (with ``{n}``), ``pgettext`` for
context, ``N_`` to mark text translated later. Named placeholders only:
``_("Hello {name}").format(name=...)``. The language can change at any moment;
callers translate at the time they show text, never at import time.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "dpwallet"
EASYREAD_DOMAIN = "dpwallet_easyread"

# Code, English name; endonyms come from Babel in the language picker.
LANGUAGES: tuple[str, ...] = ("en_GB", "cy", "pl", "ro", "pa", "ur", "bn", "ar", "so")
RTL_LANGUAGES = frozenset({"ar", "ur"})

_current = "en_GB"
_translations: gettext.NullTranslations = gettext.NullTranslations()
_listeners: list[Callable[[str], None]] = []


def _load(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, LOCALE_DIR, languages=[language], fallback=True)


def set_language(language: str) -> None:
    """Switch every later lookup to ``language`` and tell listeners (the Qt layer)."""
    global _current, _translations
    _current = language
    _translations = _load(DOMAIN, language)
    for listener in list(_listeners):
        listener(language)


def current_language() -> str:
    return _current


def is_rtl(language: str | None = None) -> bool:
    """Right-to-left by the language's script (Babel's CLDR data), so pa_Arab counts too."""
    code = language or _current
    if code.split("_")[0] in RTL_LANGUAGES:
        return True
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).character_order == "right-to-left"
    except (ValueError, LookupError, TypeError, UnknownLocaleError):
        return False


def use_translations(translations: gettext.NullTranslations, language: str) -> None:
    """Swap in a ready-made catalogue (the pseudo-locale, a test catalogue)."""
    global _current, _translations
    _current = language
    _translations = translations
    for listener in list(_listeners):
        listener(language)


def on_language_changed(listener: Callable[[str], None]) -> None:
    _listeners.append(listener)


def _(message: str) -> str:
    return _translations.gettext(message)


def N_(message: str) -> str:
    """Marks text for extraction without translating it now."""
    return message


def ER_(message: str) -> str:
    """Marks easy-read text (context "easyread") for extraction; look it up later."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return _translations.npgettext(context, singular, plural, n)


def isolate(text: str) -> str:
    """Wrap a name or amount in Unicode first-strong isolates for mixed-direction text."""
    return f"\u2068{text}\u2069"
