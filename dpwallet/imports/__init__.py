"""Reading bank, card and prepaid-card statements (CSV, OFX/QFX, QIF, Santander text).

Pure Python: no Qt, no database, no network. The app calls :func:`read_statement`
and :func:`new_rows`; everything else is here for tests and the column-mapping screen.
"""

from .bank_presets import PRESETS, PRESETS_BY_NAME, BankPreset
from .column_mapping import ColumnMapping
from .dedupe import Fingerprint, fingerprint, new_rows
from .detect import FORMATS, preview, read_statement
from .errors import UnknownLayout
from .rows import MAX_FIELD_CHARS, MAX_FILE_BYTES, ParsedStatement, StatementRow

__all__ = [
    "FORMATS",
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "PRESETS",
    "PRESETS_BY_NAME",
    "BankPreset",
    "ColumnMapping",
    "Fingerprint",
    "ParsedStatement",
    "StatementRow",
    "UnknownLayout",
    "fingerprint",
    "new_rows",
    "preview",
    "read_statement",
]
