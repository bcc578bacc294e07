"""Compile the .po catalogues to .mo files (run by make before the app or tests).

Each ``<domain>.po`` becomes ``<domain>.mo`` beside it. In addition, the Easy Read
wording (``dpwallet_easyread.po``, every entry with ``msgctxt "easyread"``) is merged
into that language's ``dpwallet.mo``, so ``pgettext("easyread", ...)`` finds it through
the one catalogue ``dpwallet.i18n`` loads. A ``.mo`` is rebuilt only when one of its
``.po`` sources is newer. Fuzzy entries are left out (they fall back to English).
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from dpwallet.i18n import DOMAIN, EASYREAD_DOMAIN, LOCALE_DIR


def _read(po_path: Path) -> Catalog:
    with po_path.open("rb") as handle:
        return read_po(handle, locale=po_path.parent.parent.name)


def _sources(mo_path: Path) -> list[Path]:
    """The .po files a given .mo is built from."""
    own = mo_path.with_suffix(".po")
    sources = [own] if own.exists() else []
    if mo_path.stem == DOMAIN:
        easy = mo_path.with_name(f"{EASYREAD_DOMAIN}.po")
        if easy.exists():
            sources.append(easy)
    return sources


def _up_to_date(mo_path: Path, sources: list[Path]) -> bool:
    if not mo_path.exists():
        return False
    built = mo_path.stat().st_mtime
    return all(built >= source.stat().st_mtime for source in sources)


def compile_all(locale_dir: Path = LOCALE_DIR) -> int:
    """Build every out-of-date .mo under ``locale_dir``; return how many were written."""
    targets: set[Path] = set()
    for po_path in locale_dir.glob("*/LC_MESSAGES/*.po"):
        targets.add(po_path.with_suffix(".mo"))
        if po_path.stem == EASYREAD_DOMAIN:
            targets.add(po_path.with_name(f"{DOMAIN}.mo"))
    count = 0
    for mo_path in sorted(targets):
        sources = _sources(mo_path)
        if not sources or _up_to_date(mo_path, sources):
            continue
        catalog = _read(sources[0])
        for extra in sources[1:]:
            for message in _read(extra):
                if message.id and catalog.get(message.id, message.context) is None:
                    catalog[message.id] = message
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog)
        count += 1
    return count


if __name__ == "__main__":
    compile_all()
