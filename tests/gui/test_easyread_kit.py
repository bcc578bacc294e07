"""The easy read kit on its own: IdeaRow pictures, sizes, glossary, read aloud, pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from dpwallet.i18n import LANGUAGES, pgettext
from dpwallet.ui.easyread import EasyReadView, IdeaRow, easy_read_state
from dpwallet.ui.easyread.glossary_data import GLOSSARY, translated
from dpwallet.ui.easyread.glossary_dialog import GlossaryDialog
from dpwallet.ui.easyread.pictures import PICTURES, alt_text, picture_path
from dpwallet.ui.easyread.speech import Reader, ReadResult
from dpwallet.ui.i18n_qt import apply_language


@pytest.fixture()
def easy_view(qtbot):  # type: ignore[no-untyped-def]
    view = EasyReadView()
    view.heading.setText("Your money")
    first = view.add_row(IdeaRow("money", name="one", amount=True, terms=("money_you_have",)))
    second = view.add_row(IdeaRow("bank", name="two", terms=("bank_account", "money_you_have")))
    first.set_sentence("You have {amount}.", amount="£12.50")
    second.set_sentence("This money is in {n} places.", n="2")
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    yield view
    apply_language("en_GB")


def test_pictures_exist_with_text_alternatives() -> None:
    for name in PICTURES:
        path, own = picture_path(name)
        assert path is not None and path.suffix == ".svg" and not own, name
        assert alt_text(name)
    assert (picture_path("money")[0].parent / "LICENSE").read_text().count("CC0") >= 1  # type: ignore[union-attr]


def test_user_picture_folder_overrides_ours(gui_home: Path) -> None:
    from dpwallet.ui.easyread.pictures import user_pictures_dir

    folder = user_pictures_dir()
    folder.mkdir(parents=True)
    (folder / "money.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">'
        '<rect width="8" height="8"/></svg>'
    )
    path, own = picture_path("money")
    assert own and path == folder / "money.svg"
    assert picture_path("bank")[1] is False


def _picture_and_text_x(row: IdeaRow) -> tuple[int, int]:
    return row.picture.geometry().center().x(), row.text.geometry().center().x()


def test_picture_at_reading_start_in_ltr_and_rtl(qtbot, easy_view) -> None:  # type: ignore[no-untyped-def]
    for row in easy_view.rows:
        assert row.picture.pixmap() is not None and not row.picture.pixmap().isNull()
        assert row.picture.accessibleName()
        picture_x, text_x = _picture_and_text_x(row)
        assert picture_x < text_x
    apply_language("ar")
    qtbot.waitUntil(lambda: easy_view.isRightToLeft())
    QApplication.processEvents()
    for row in easy_view.rows:
        picture_x, text_x = _picture_and_text_x(row)
        assert picture_x > text_x, "in Arabic the picture is on the right, where reading starts"
        assert row.picture.accessibleName() == alt_text(row.picture_name)


def test_sizes_follow_the_rules(qtbot, easy_view) -> None:  # type: ignore[no-untyped-def]
    amount, body = easy_view.rows[0].text, easy_view.rows[1].text
    assert body.font().pointSizeF() >= 16
    assert amount.font().pointSizeF() >= 20
    assert easy_view.heading.font().pointSizeF() > body.font().pointSizeF()


def test_sentences_and_terms_in_order(easy_view) -> None:  # type: ignore[no-untyped-def]
    assert easy_view.sentences() == ["Your money", "You have £12.50.", "This money is in 2 places."]
    assert easy_view.glossary_terms() == ["money_you_have", "bank_account"]
    easy_view.rows[1].hide()
    assert easy_view.glossary_terms() == ["money_you_have"]


def test_key_words_are_bold_and_escaped(easy_view) -> None:  # type: ignore[no-untyped-def]
    row = easy_view.rows[0]
    row.set_sentence("{name} has {amount}.", name="Tom & Jo <3", amount="£1.00")
    assert "<b>Tom &amp; Jo &lt;3</b>" in row.text.text()
    assert row.sentence() == "Tom & Jo <3 has £1.00."
    assert row.accessibleName() == row.sentence()


def test_glossary_lists_the_words_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GlossaryDialog(["money_you_have", "bank_account"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert [term for term, _meaning in dialog.words()] == ["Money you have", "Bank account"]
    assert dialog.close_button.text() and not dialog.close_button.icon().isNull()
    everything = GlossaryDialog([])
    qtbot.addWidget(everything)
    assert len(everything.words()) == len(GLOSSARY)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_glossary_word_has_an_entry_in_every_language(language: str) -> None:
    from dpwallet.i18n import set_language

    set_language(language)
    try:
        for key in GLOSSARY:
            term, meaning = translated(key)
            assert term.strip() and meaning.strip(), (language, key)
    finally:
        set_language("en_GB")


def test_read_aloud_speaks_in_order_with_the_mock_engine(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DPWALLET_TTS_ENGINE", "mock")
    reader = Reader()
    engine = reader.engine()
    assert engine is not None
    words: list[str] = []
    engine.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    sentences = ["You have £12.50.", "This money is in 2 places."]
    assert reader.read(sentences, "en_GB") is ReadResult.SPEAKING
    assert reader.queue == sentences
    qtbot.waitUntil(lambda: "places" in words, timeout=10_000)
    # The mock engine reports each word; the two sentences come out whole and in order.
    assert words[:2] == ["You", "have"]
    assert words.index("This") > words.index("have")
    assert words[-4:] == ["is", "in", "2", "places"]


def test_no_voice_is_explained_kindly(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dpwallet.ui.easyread.corner import EasyReadCorner

    monkeypatch.setenv("DPWALLET_TTS_ENGINE", "mock")
    view = EasyReadView()
    view.heading.setText("Hello")
    corner = EasyReadCorner(lambda: view)
    qtbot.addWidget(view)
    qtbot.addWidget(corner)
    corner.show()
    apply_language("ur")  # the mock engine has no Urdu voice
    try:
        assert corner.read_aloud() is ReadResult.NO_VOICE
        assert corner.note.isVisibleTo(corner)
        assert corner.note.text() == pgettext(
            "easyread", "This computer has no voice for this language. Sorry."
        )
        assert corner.read.isEnabled()
    finally:
        apply_language("en_GB")
    monkeypatch.setenv("DPWALLET_TTS_ENGINE", "no-such-engine")
    corner.reader = Reader(corner)
    assert corner.read_aloud() is ReadResult.NO_ENGINE


def test_state_follows_settings() -> None:
    from dpwallet.settings import Settings

    state = easy_read_state()
    seen: list[bool] = []
    state.changed.connect(seen.append)
    settings = Settings(easy_read=True, text_size_percent=200)
    try:
        state.attach(settings)
        assert state.on and state.text_size_percent() == 200
        state.set_on(False)
        assert settings.easy_read is False
        assert seen == [True, False]
    finally:
        state.changed.disconnect(seen.append)
        state.attach(Settings())
