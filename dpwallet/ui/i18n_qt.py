"""The bridge between dpwallet's gettext catalogues and Qt.

* :class:`GettextTranslator` is a ``QTranslator`` that answers from gettext catalogues
  (finding 5). Installing it makes Qt send ``QEvent.LanguageChange`` to every widget,
  nested and hidden ones included, so each screen retranslates in ``changeEvent``.
* :func:`apply_language` switches the whole app at run time: it calls
  ``dpwallet.i18n.set_language``, makes sure the translator is installed, sends one
  ``LanguageChange`` to every widget synchronously, sets the layout direction
  (right-to-left for Arabic and Urdu) and the font family list for the language.

Qt's own ``qtbase_*.qm`` files are not used (there are none for cy, ro, pa, ur, bn or
so; requirement 24), Qt's locale is not used for numbers or money (findings 2 and 3;
never ``QLocale.toCurrencyString``, requirement 30), and ``QLocale.setDefault`` is left
alone so no widget silently parses amounts with a locale's separators.
"""

from __future__ import annotations

import gettext

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import dpwallet.i18n as i18n
from dpwallet.i18n import pseudo

__all__ = [
    "GettextTranslator",
    "apply_language",
    "installed_translator",
    "layout_direction_for",
    "remove_translator",
]


class GettextTranslator(QTranslator):
    """A ``QTranslator`` answering from gettext.

    With no ``translations`` it follows ``dpwallet.i18n`` (whatever language is current);
    with a ``gettext.NullTranslations`` object it answers only from that catalogue (tests,
    previews). Qt's ``context`` (a class name) is ignored; ``disambiguation`` is used as
    the gettext ``msgctxt``. When the catalogue has no translation the method returns
    ``None`` (a null QString), which tells Qt to try the next translator or keep the
    source text. Returning ``""`` would not: Qt takes an empty, non-null string as the
    translation and blanks the text.
    """

    def __init__(
        self,
        translations: gettext.NullTranslations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._translations = translations

    def translate(  # returns None (a null QString) when there is no translation
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt's parameter name
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if not sourceText:
            return None
        t = self._translations
        if disambiguation:
            if n >= 0:
                found = (
                    t.npgettext(disambiguation, sourceText, sourceText, n)
                    if t is not None
                    # dpwallet.i18n has no npgettext: the context form is the best we have
                    else i18n.pgettext(disambiguation, sourceText)
                )
            else:
                found = (
                    t.pgettext(disambiguation, sourceText)
                    if t is not None
                    else i18n.pgettext(disambiguation, sourceText)
                )
        elif n >= 0:
            found = (
                t.ngettext(sourceText, sourceText, n)
                if t is not None
                else i18n.ngettext(sourceText, sourceText, n)
            )
        else:
            found = t.gettext(sourceText) if t is not None else i18n._(sourceText)
        return None if found == sourceText else found

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's method name
        return False

    def language(self) -> str:
        return i18n.current_language()


_installed: GettextTranslator | None = None
_applying = False


def installed_translator() -> GettextTranslator | None:
    return _installed


def layout_direction_for(language: str) -> Qt.LayoutDirection:
    """Right-to-left for Arabic-script languages (ar, ur, pa_Arab, …), else left-to-right."""
    if i18n.is_rtl(language):
        return Qt.LayoutDirection.RightToLeft
    if language == pseudo.PSEUDO_LANGUAGE:
        return Qt.LayoutDirection.LeftToRight
    qt_locale = QLocale(language)
    if (
        qt_locale.language() != QLocale.Language.C
        and qt_locale.textDirection() == Qt.LayoutDirection.RightToLeft
    ):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def apply_language(
    language: str,
    app: QCoreApplication | None = None,
    *,
    set_font: bool = True,
) -> None:
    """Switch the whole app to ``language`` now, without a restart (requirement 20).

    Every widget receives exactly one ``LanguageChange`` (handle it in ``changeEvent``
    and set every visible and accessible string again), the layout direction follows the
    language (requirement 22) and, with ``set_font``, the application font gets the
    language's bundled family list.
    """
    global _installed, _applying
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a running QApplication")
    if _applying:
        return
    _applying = True
    try:
        i18n.set_language(language)
        if language == pseudo.PSEUDO_LANGUAGE:
            pseudo.install()
        if isinstance(app, QGuiApplication):
            QGuiApplication.setLayoutDirection(layout_direction_for(language))
            if set_font:
                from dpwallet.ui.fonts import font_for_language

                QGuiApplication.setFont(font_for_language(language, QGuiApplication.font()))
        if _installed is None:
            _installed = GettextTranslator(parent=app)
            QCoreApplication.installTranslator(_installed)
        _send_language_change(app)
    finally:
        _applying = False


def _send_language_change(app: QCoreApplication) -> None:
    """Deliver one ``LanguageChange`` to every widget now, synchronously.

    ``installTranslator`` and a ``LanguageChange`` posted to the application reach the
    widgets only after two rounds of the event loop (the application re-posts to each
    window). Sending to each top-level widget instead (QWidget forwards it to all its
    children, hidden ones included) means the UI is retranslated when this returns, and
    each widget sees exactly one event per switch.
    """
    if isinstance(app, QApplication):
        # Drop the copies Qt queued for the windows; they would arrive a second time.
        QCoreApplication.removePostedEvents(None, QEvent.Type.LanguageChange)  # type: ignore[arg-type]
        for widget in QApplication.topLevelWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    else:
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))


def remove_translator() -> None:
    """Uninstall the translator (tests and shutdown)."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed.deleteLater()
        _installed = None
