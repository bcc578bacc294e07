"""The pseudo-locale stretches, accents and brackets text but keeps placeholders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import dpwallet.i18n as i18n
from dpwallet.i18n.pseudo import PSEUDO_LANGUAGE, PseudoTranslations, install, pseudo_translate


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_language("en_GB")


@pytest.mark.parametrize(
    "text",
    [
        "Save",
        "Money you have",
        "Add a receipt",
        "There is a problem",
        "Enter the amount like 12.50",
    ],
)
def test_stretches_by_about_forty_percent_and_brackets(text: str) -> None:
    out = pseudo_translate(text)
    assert out.startswith("[") and out.endswith("]")
    assert len(out) >= len(text) * 1.4
    assert out != text
    assert not any(ch in "aeiou" for ch in out)  # every Latin letter is accented


def test_keeps_placeholders_tags_and_mnemonics() -> None:
    out = pseudo_translate("<b>Hello {name}</b>, you paid {amount!s} &Save %(n)d {{x}}")
    for token in ("<b>", "</b>", "{name}", "{amount!s}", "&", "%(n)d", "{{", "}}"):
        assert token in out
    # Still a valid format string:
    assert "Sam" in pseudo_translate("Hi {name}").format(name="Sam")


def test_empty_string_stays_empty() -> None:
    assert pseudo_translate("") == ""


def test_translations_object_is_gettext_compatible() -> None:
    t = PseudoTranslations()
    assert t.gettext("Save") == pseudo_translate("Save")
    assert t.ngettext("{n} day", "{n} days", 1) == pseudo_translate("{n} day")
    assert t.ngettext("{n} day", "{n} days", 3) == pseudo_translate("{n} days")
    assert t.pgettext("easyread", "Money you have") == pseudo_translate("Money you have")
    assert t.npgettext("c", "a", "b", 2) == pseudo_translate("b")


def test_install_switches_dpwallet_lookups_until_the_next_language() -> None:
    i18n.set_language(PSEUDO_LANGUAGE)
    install()
    assert i18n._("Save") == pseudo_translate("Save")
    assert i18n.pgettext("easyread", "Help") == pseudo_translate("Help")
    i18n.set_language("en_GB")
    assert i18n._("Save") == "Save"
