"""The catalogues we ship: present for every language, well-formed, placeholders intact.

Completeness (no empty entries) is checked by ``python -m dpwallet.i18n.catalog check``;
this test guards what must never break: a fuzzy entry, a lost ``{placeholder}``, a wrong
plural header, or a missing catalogue.
"""

from __future__ import annotations

from babel.messages.pofile import read_po

from dpwallet.i18n import LANGUAGES, LOCALE_DIR
from dpwallet.i18n.catalog import DOMAINS, check


def test_every_language_has_both_catalogues() -> None:
    for language in LANGUAGES:
        if language == "en_GB":
            continue  # the source language
        for domain in DOMAINS:
            assert (LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po").exists(), (
                language,
                domain,
            )


def test_shipped_catalogues_have_no_fuzzy_or_broken_entries() -> None:
    problems = [p for p in check(ignore_empty=True) if p.kind != "missing"]
    assert problems == [], "\n".join(str(p) for p in problems[:20])


def test_most_of_each_catalogue_is_translated() -> None:
    for language in LANGUAGES:
        if language == "en_GB":
            continue
        path = LOCALE_DIR / language / "LC_MESSAGES" / "dpwallet.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        entries = [m for m in catalog if m.id]
        done = [m for m in entries if (all(m.string) if isinstance(m.string, tuple) else m.string)]
        print(f"{language}: {len(done)} of {len(entries)} translated")
        assert len(done) >= 0.9 * len(entries), language
