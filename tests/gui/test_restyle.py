"""After the text size or language changes, every table still fits its words.

Why: tables are measured once a change settles and only when they are on screen (Qt's
"resize to contents" re-measured every row of every screen and took half a minute on
the demo wallet). This checks the faster way still gives rows tall enough for their
text and headings that show their whole words, wrapped, at 200% and in Urdu. How long
a restyle takes is measured by ``bench/restyle_bench.py``, not here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTabWidget

from dpwallet.ui.people.parts import WORD_WRAP, ReadableTable

SECTIONS = ("money", "people", "timesheets", "pay", "outcomes")


def _open_demo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.welcome.start_demo()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=120_000)


def _shown_tables(window, qtbot):  # type: ignore[no-untyped-def]
    """Every table on screen, section by section (and each Money tab)."""
    for key in SECTIONS:
        window.shell.show_section(key)
        qtbot.wait(30)
        view = window.shell.views[key]
        tabs = view.findChildren(QTabWidget)
        pages = range(tabs[0].count()) if tabs else [None]
        for page in pages:
            if page is not None:
                tabs[0].setCurrentIndex(page)
            qtbot.wait(30)
            for table in view.findChildren(ReadableTable):
                model = table.model()
                if table.isVisible() and model is not None and model.rowCount():
                    yield key, table


def _check_table(where: str, table: ReadableTable) -> list[str]:
    problems = []
    model = table.model()
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    words = QFontMetrics(bold)
    header_height = header.height()
    for column in range(model.columnCount()):
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        longest = max((words.horizontalAdvance(w) for w in heading.split()), default=0)
        if header.sectionSize(column) < longest:
            problems.append(f"{where}: heading {heading!r} is cut off sideways")
        wrapped = words.boundingRect(
            0, 0, max(1, header.sectionSize(column) - 8), 100_000, WORD_WRAP, heading
        ).height()
        if header_height < wrapped:
            problems.append(f"{where}: heading {heading!r} needs {wrapped}px, has {header_height}")
    line = table.fontMetrics().height()
    rows = table.verticalHeader()
    first = max(0, rows.logicalIndexAt(0))
    last = rows.logicalIndexAt(table.viewport().height())
    last = model.rowCount() - 1 if last < 0 else last
    for row in range(first, last + 1):
        # A long list shows one line, cut short with "…"; every other row its wrapped words.
        need = line if table.row_lines is not None else table.sizeHintForRow(row)
        if table.rowHeight(row) < need:
            problems.append(f"{where}: row {row} is {table.rowHeight(row)}px, needs {need}")
    return problems


def test_tables_fit_their_words_at_200_percent_and_in_urdu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open_demo(window, qtbot)
    window.set_text_size(200)
    seen: set[str] = set()
    problems: list[str] = []
    for key, table in _shown_tables(window, qtbot):
        seen.add(table.objectName())
        problems += _check_table(f"{key}/{table.objectName()}", table)
    assert {"paymentsTable", "peopleTable", "weekTable", "payRunsTable"} <= seen
    window.set_language("ur")
    for key, table in _shown_tables(window, qtbot):
        problems += _check_table(f"ur {key}/{table.objectName()}", table)
    assert problems == []


def test_headings_wrap_onto_more_lines(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 200% "Basic rate an hour" goes onto more lines instead of showing "an hour"."""
    _open_demo(window, qtbot)
    window.shell.show_section("people")
    qtbot.wait(50)
    table = window.shell.views["people"].findChild(ReadableTable, "peopleTable")
    header = table.horizontalHeader()
    columns = range(table.model().columnCount())
    # At normal size every column fits beside the others: no sideways scrolling.
    assert sum(header.sectionSize(c) for c in columns) <= table.viewport().width() + 1
    window.set_text_size(200)
    qtbot.wait(50)
    line = QFontMetrics(header.font()).height()
    assert header.height() >= 2 * line  # the long headings take two lines or more
    assert _check_table("people", table) == []
