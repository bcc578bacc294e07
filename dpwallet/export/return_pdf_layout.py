"""A small flowing layout on a reportlab canvas that draws text through ``pdf_text``.

Platypus paragraphs cannot switch fonts per character, and a payee's name may need
Bengali or Arabic glyphs in the middle of an English table. This helper keeps a
cursor, wraps words, breaks pages and draws every string as font runs, so no cell
ever falls back to a font that lacks its glyphs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dpwallet.export.pdf_text import runs_for, text_width

__all__ = ["Column", "Flow"]

MARGIN = 18 * mm
BODY = 10.5
INK = (0.1, 0.1, 0.1)
RULE = (0.75, 0.75, 0.75)
SHADE = (0.93, 0.95, 0.97)


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its share of the width and whether numbers sit on the right."""

    weight: float
    right: bool = False


class Flow:
    """Top-to-bottom writer with page breaks and a footer on every page."""

    def __init__(self, canvas: Canvas, footer: Callable[[int], str]) -> None:
        self.canvas = canvas
        self.footer = footer
        self.width, self.height = A4
        self.left = MARGIN
        self.usable = self.width - 2 * MARGIN
        self.page = 1
        self.y = self.height - MARGIN

    # drawing ---------------------------------------------------------------
    def draw(self, x: float, y: float, text: str, size: float, *, bold: bool = False) -> None:
        for run in runs_for(text, bold=bold):
            self.canvas.setFont(run.font, size)
            self.canvas.drawString(x, y, run.text)
            x += self.canvas.stringWidth(run.text, run.font, size)

    def draw_right(
        self, right: float, y: float, text: str, size: float, *, bold: bool = False
    ) -> None:
        self.draw(right - text_width(text, size, bold=bold), y, text, size, bold=bold)

    @staticmethod
    def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
        """Lines of ``text`` no wider than ``width`` (a very long word gets its own line)."""
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            line = ""
            for word in paragraph.split():
                trial = f"{line} {word}".strip()
                if line and text_width(trial, size, bold=bold) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        return lines

    # flow --------------------------------------------------------------------
    def need(self, height: float) -> None:
        """Start a new page if ``height`` does not fit above the footer."""
        if self.y - height < MARGIN + 10 * mm:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.y = self.height - MARGIN

    def finish(self) -> None:
        self._footer()
        self.canvas.showPage()

    def _footer(self) -> None:
        self.canvas.setFillColorRGB(0.35, 0.35, 0.35)
        self.draw(self.left, MARGIN - 6 * mm, self.footer(self.page), 8.5)
        self.canvas.setFillColorRGB(*INK)

    def space(self, amount: float = 3 * mm) -> None:
        self.y -= amount

    def title(self, text: str, subtitle: str) -> None:
        self.y -= 8 * mm
        self.draw(self.left, self.y, text, 18, bold=True)
        self.y -= 8 * mm
        self.draw(self.left, self.y, subtitle, 12)
        self.y -= 4 * mm

    def heading(self, text: str) -> None:
        self.need(20 * mm)
        self.y -= 9 * mm
        self.draw(self.left, self.y, text, 13, bold=True)
        self.y -= 2.5 * mm
        self.canvas.setStrokeColorRGB(*RULE)
        self.canvas.line(self.left, self.y, self.left + self.usable, self.y)
        self.y -= 1.5 * mm

    def paragraph(self, text: str, size: float = BODY, *, bold: bool = False) -> None:
        for line in self.wrap(text, self.usable, size, bold=bold):
            self.need(size * 1.5)
            self.y -= size * 1.5
            self.draw(self.left, self.y, line, size, bold=bold)

    def pairs(self, rows: Sequence[tuple[str, str]], *, label_share: float = 0.42) -> None:
        """Label and value rows, values wrapped; for the "about" and summary blocks."""
        self.table([Column(label_share), Column(1 - label_share)], None, [list(r) for r in rows])

    def money_pairs(self, rows: Sequence[tuple[str, str, bool]]) -> None:
        """Label, amount (right-aligned) and whether the row is a bold total."""
        for label, amount, strong in rows:
            self.need(BODY * 1.7)
            self.y -= BODY * 1.6
            self.draw(self.left + 2 * mm, self.y, label, BODY, bold=strong)
            self.draw_right(self.left + 0.75 * self.usable, self.y, amount, BODY, bold=strong)

    # tables ------------------------------------------------------------------
    def table(
        self,
        columns: Sequence[Column],
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        size: float = 9.5,
    ) -> None:
        total_weight = sum(c.weight for c in columns)
        widths = [self.usable * c.weight / total_weight for c in columns]
        if header is not None:
            self._row(columns, widths, header, size, bold=True, shade=True)
        for row in rows:
            if (
                header is not None
                and self.y - self._row_height(widths, row, size) < MARGIN + 10 * mm
            ):
                self.new_page()
                self._row(columns, widths, header, size, bold=True, shade=True)
            self._row(columns, widths, row, size)

    def _row_height(self, widths: Sequence[float], cells: Sequence[str], size: float) -> float:
        lines = max(len(self.wrap(c, w - 3 * mm, size)) for c, w in zip(cells, widths, strict=True))
        return lines * size * 1.35 + 2.5 * mm

    def _row(
        self,
        columns: Sequence[Column],
        widths: Sequence[float],
        cells: Sequence[str],
        size: float,
        *,
        bold: bool = False,
        shade: bool = False,
    ) -> None:
        height = self._row_height(widths, cells, size)
        self.need(height)
        top = self.y
        if shade:
            self.canvas.setFillColorRGB(*SHADE)
            self.canvas.rect(self.left, top - height, self.usable, height, stroke=0, fill=1)
            self.canvas.setFillColorRGB(*INK)
        x = self.left
        for column, width, cell in zip(columns, widths, cells, strict=True):
            y = top - size * 1.1 - 1 * mm
            for line in self.wrap(cell, width - 3 * mm, size, bold=bold):
                if column.right:
                    self.draw_right(x + width - 1.5 * mm, y, line, size, bold=bold)
                else:
                    self.draw(x + 1.5 * mm, y, line, size, bold=bold)
                y -= size * 1.35
            x += width
        self.y = top - height
        self.canvas.setStrokeColorRGB(*RULE)
        self.canvas.setLineWidth(0.4)
        self.canvas.line(self.left, self.y, self.left + self.usable, self.y)
