"""Kind, specific refusals for statement files.

Every problem with a statement becomes :class:`ImportRejected` (or the subclass
:class:`UnknownLayout`), whose message names the line, shows what was there and says
what to do. Values from the file are shortened and stripped of control characters
before they reach a message, because the message is shown on screen as it is.
"""

from __future__ import annotations

import unicodedata

from dpwallet.domain.errors import ImportRejected

CHECK_DOWNLOAD = "Check the file is the statement download from your online banking."


class UnknownLayout(ImportRejected):
    """The file looks like a table but no known bank layout matches.

    The app catches this one to offer the "choose the columns" screen.
    """


def shown(value: str, limit: int = 40) -> str:
    """A file value made safe and short enough to quote in a message."""
    cleaned = "".join(
        ch if unicodedata.category(ch)[0] != "C" else " " for ch in value[: limit * 2]
    ).strip()
    if len(cleaned) > limit or len(value) > limit * 2:
        cleaned = cleaned[:limit].rstrip() + "..."
    return cleaned


def at_line(line: int, problem: str, advice: str = CHECK_DOWNLOAD) -> ImportRejected:
    """``Line 14 has ... . Check ...``: the house style for a bad row."""
    return ImportRejected(f"Line {line} {problem}. {advice}")
