"""Which column holds what, for a CSV layout dpwallet does not know yet.

When auto-detection fails the person picks the columns once; the app stores
``mapping.to_dict()`` (plain JSON types) against the account and passes
``ColumnMapping.from_dict(saved)`` next time. The built-in bank presets are
``ColumnMapping`` values too, so there is one CSV reading path for both.

A column is named either by its header text (matched ignoring case, spaces and a
leading apostrophe) or by its 0-based position (for files without a header row).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from dpwallet.domain.errors import ImportRejected

from .values import DateFormatError, date_parser

Column = str | int

_COLUMN_FIELDS = (
    "date",
    "amount",
    "paid_in",
    "paid_out",
    "payee",
    "description",
    "reference",
    "balance",
    "account",
)
_FIX = "Please choose the columns again."


def normalise_header(cell: str) -> str:
    """Header text compared loosely: "  Paid out " == "paid out" == "'Paid Out"."""
    return " ".join(cell.strip().lstrip("'").split()).casefold()


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """How to read one CSV layout.

    Give either ``amount`` (one signed column) or ``paid_in``/``paid_out`` (two
    unsigned columns). ``negate_amounts`` is for card exports where a positive amount
    means spending. ``skip_lines`` physical lines are ignored before the header (or
    before the first row when ``has_header_row`` is false).
    """

    date: Column
    amount: Column | None = None
    paid_in: Column | None = None
    paid_out: Column | None = None
    payee: Column | None = None
    description: Column | None = None
    reference: Column | None = None
    balance: Column | None = None
    account: Column | None = None
    date_format: str = "%d/%m/%Y"
    has_header_row: bool = True
    skip_lines: int = 0
    delimiter: str = ","
    negate_amounts: bool = False

    def __post_init__(self) -> None:
        for name in _COLUMN_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise ImportRejected(f"The column chosen for {name} is not valid. {_FIX}")
            if isinstance(value, int) and not 0 <= value < 1000:
                raise ImportRejected(f"The column chosen for {name} is not valid. {_FIX}")
            if isinstance(value, str) and not self.has_header_row:
                raise ImportRejected(
                    "Columns can only be chosen by name when the file has a header row. " + _FIX
                )
        if self.amount is None and self.paid_in is None and self.paid_out is None:
            raise ImportRejected("Choose the column that holds the amount of money. " + _FIX)
        if self.amount is not None and (self.paid_in is not None or self.paid_out is not None):
            raise ImportRejected(
                "Choose either one amount column or the paid in and paid out columns, "
                "not both. " + _FIX
            )
        if isinstance(self.skip_lines, bool) or not isinstance(self.skip_lines, int):
            raise ImportRejected("The number of lines to skip is not valid. " + _FIX)
        if not 0 <= self.skip_lines <= 100:
            raise ImportRejected("The number of lines to skip must be between 0 and 100. " + _FIX)
        if (
            not isinstance(self.delimiter, str)
            or len(self.delimiter) != 1
            or (self.delimiter in '"\r\n')
        ):
            raise ImportRejected("The column separator must be a single character. " + _FIX)
        if not isinstance(self.has_header_row, bool) or not isinstance(self.negate_amounts, bool):
            raise ImportRejected("The saved column choices are damaged. " + _FIX)
        try:
            if not isinstance(self.date_format, str):
                raise DateFormatError
            date_parser(self.date_format)
        except DateFormatError:
            raise ImportRejected(
                f"The date format {self.date_format!r} is not one dpwallet can use. " + _FIX
            ) from None

    def columns(self) -> dict[str, Column]:
        """The chosen columns by role, leaving out roles not used."""
        return {
            name: getattr(self, name) for name in _COLUMN_FIELDS if getattr(self, name) is not None
        }

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-able dict; ``from_dict`` gives the same mapping back."""
        return {"version": 1, **asdict(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ColumnMapping:
        """Rebuild a remembered mapping, refusing anything damaged or unknown."""
        if not isinstance(data, Mapping) or data.get("version", 1) != 1:
            raise ImportRejected("The saved column choices are damaged. " + _FIX)
        known = {f.name for f in fields(cls)}
        extra = set(data) - known - {"version"}
        if extra or "date" not in data:
            raise ImportRejected("The saved column choices are damaged. " + _FIX)
        values = {k: v for k, v in data.items() if k in known}
        try:
            return cls(**values)  # type: ignore[arg-type]
        except TypeError:
            raise ImportRejected("The saved column choices are damaged. " + _FIX) from None
