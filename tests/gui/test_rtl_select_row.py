"""Choosing a table row from code works right to left (Qt's own selectRow chose nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from dpwallet.ui.people.parts import ReadableTable
from tests.gui.walk import settle


def test_select_row_in_a_right_to_left_table_that_fills_its_width(qapp: QApplication) -> None:
    model = QStandardItemModel(3, 2)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"{row}-{column}"))
    table = ReadableTable(rows_shown=3)
    table.setModel(model)
    table.setSelectionBehavior(ReadableTable.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.resize(420, 200)
    table.show()
    settle()
    try:
        table.selectRow(1)
        chosen = table.selectionModel().selectedRows()
        assert [index.row() for index in chosen] == [1]
        assert table.currentIndex().row() == 1
        table.selectRow(7)  # no such row: nothing changes
        assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    finally:
        table.close()
        table.deleteLater()
        settle()
