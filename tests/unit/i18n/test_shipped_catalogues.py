"""The catalogues we ship: present for every language, well-formed, placeholders intact.

Every language is complete in both domains (issue 6): the templates hold every string in
the source, and no catalogue has an empty, fuzzy or missing entry, a lost ``{placeholder}``,
a wrong plural header, or is missing itself.
"""

from __future__ import annotations

from babel.messages.pofile import read_po

from dpwallet.i18n import LANGUAGES, LOCALE_DIR
from dpwallet.i18n.catalog import DOMAINS, check, extract


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


def test_templates_hold_every_string_in_the_source() -> None:
    """A new string in the code must reach the templates (and so the translators)."""
    fresh = extract(write=False)
    for domain, template in fresh.items():
        with (LOCALE_DIR / f"{domain}.pot").open("rb") as handle:
            shipped = read_po(handle)
        new = sorted(str(m.id) for m in template if m.id and shipped.get(m.id, m.context) is None)
        assert new == [], f"{domain}: run `python -m dpwallet.i18n.catalog update`: {new[:5]}"


def test_every_catalogue_is_complete() -> None:
    """Issue 6: all nine languages, both domains, nothing empty, fuzzy or missing."""
    problems = check()
    assert problems == [], "\n".join(str(p) for p in problems[:20])
