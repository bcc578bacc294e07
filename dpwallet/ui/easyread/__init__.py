"""The easy read kit: how any dpwallet screen gets an easy read version.

Easy read (access-and-languages.md 1.2, requirements 4, 7, 9, 13 to 18) is a second way of
showing the same facts: one idea a line, a picture at the start of each line, short
sentences with digits, big text, big buttons with pictures and words. The person switches
it on in Settings or with the "Easy read" button in the corner of every screen, and the
whole app follows at once.

**The pieces**

* :func:`easy_read_state` (``state.py``): the shared on/off switch. Connect to
  ``easy_read_state().changed(bool)``; read ``easy_read_state().on``.
* :class:`EasyReadView` (``view.py``): the base of an easy read screen. It keeps the
  sizes right (body at least 16 pt times the text size setting, amounts at least 20 pt,
  buttons at least 44 px) and answers ``sentences()`` and ``glossary_terms()``.
* :class:`IdeaRow` (``widgets.py``): a picture (with a text alternative) on the reading
  start side and one sentence with its key words bold:
  ``row.set_sentence(pgettext("easyread", "You have {amount}."), amount=...)``.
  ``IdeaRow(..., amount=True)`` for lines about money; ``terms=(...)`` lists glossary keys.
* :class:`EasyButton`: always a picture plus words (never an icon-only button).
* ``glossary_data.py``: the word list (pure Python, ``ER_`` msgids, context "easyread").
  Add a word there (term and meaning, each sentence 15 words or fewer) before using it.
* ``pictures.py``: our CC0 pictures in ``resources/pictures``; a council's own pictures in
  ``settings.data_dir() / "pictures"`` with the same file names win.
* :class:`EasyReadCorner` (``corner.py``): the shell's corner buttons; ``speech.py`` reads
  aloud with QTextToSpeech and explains kindly when there is no voice.

**How a section screen adds its easy read version** (the Home screen does exactly this)::

    from dpwallet.ui.easyread import EasyReadView, IdeaRow, attach_easy_read

    class EasyMoney(EasyReadView):
        def __init__(self) -> None:
            super().__init__()
            self.have = self.add_row(IdeaRow("money", name="erMoneyHave", amount=True,
                                             terms=("money_you_have",)))
            self.content.addStretch(1)
            self.retranslate_ui()

        def retranslate_ui(self) -> None:          # called on every LanguageChange
            self.heading.setText(pgettext("easyread", "Money"))
            ...  # row.set_sentence(...) for each row; hide rows with nothing to say

    class MoneyView(ScreenView):
        def __init__(self, session) -> None:
            super().__init__()
            ...                                      # the normal screen as before
            self.easy = EasyMoney()
            self._easy_switch = attach_easy_read(self, self.easy)

        def easy_read_view(self) -> EasyReadView | None:   # the corner asks this
            return self._easy_switch.active_easy_view()

``attach_easy_read`` puts the normal content and the easy read view in one stack and
flips between them when easy read changes. Pass the same data to both in ``refresh``.
Rules for the words: every easy read string goes through ``pgettext("easyread", ...)``
(or ``ER_`` then ``pgettext``), money through ``easy_read_amount`` (never a minus sign),
dates through ``format_date`` (weekday and month name); check it with
``dpwallet.domain.easyread_lint.lint``. A screen without an easy read version still gets
"Read this to me" (its visible words, top to bottom) and "What do these words mean?"
(glossary words found in its text); it can offer ``sentences()`` and
``glossary_terms()`` methods to say exactly what to read and explain.
"""

from __future__ import annotations

from dpwallet.ui.easyread.state import EasyReadState, easy_read_state, is_easy_read
from dpwallet.ui.easyread.switcher import EasyReadSwitch, attach_easy_read
from dpwallet.ui.easyread.view import EasyReadView
from dpwallet.ui.easyread.widgets import EasyButton, IdeaRow, easy_sizes

__all__ = [
    "EasyButton",
    "EasyReadState",
    "EasyReadSwitch",
    "EasyReadView",
    "IdeaRow",
    "attach_easy_read",
    "easy_read_state",
    "easy_sizes",
    "is_easy_read",
]
