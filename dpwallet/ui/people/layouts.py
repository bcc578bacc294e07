"""Choice boxes that do not insist on their longest item's width (large text).

Why: at 200% text, or in a longer language, a choice box sized to its longest item is
wider than the screen. The wrapping button row these screens use lives in
:mod:`dpwallet.ui.flow_layout`, shared by every screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy

from dpwallet.ui.flow_layout import FlowLayout, flow_row

__all__ = ["FlowLayout", "compact_combo", "flow_row"]


def compact_combo(combo: QComboBox, letters: int = 12) -> QComboBox:
    """A choice box that does not ask for the width of its longest item (200% text)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo
