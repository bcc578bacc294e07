"""Catalogue tooling: extract, update with Babel's plural headers, check, compile."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po

from dpwallet.i18n import DOMAIN, EASYREAD_DOMAIN, LANGUAGES
from dpwallet.i18n.catalog import (
    check,
    extract,
    lint_easyread,
    main,
    placeholders,
    plural_examples,
    update,
)
from dpwallet.i18n.compile import compile_all

SOURCE = """
from dpwallet.i18n import _, N_, ngettext, pgettext

LATER = N_("Personal assistants")
LABELS = [ER_("Money coming in")]


def screen(n: int, name: str) -> None:
    # Translators: the title of the home screen
    _("Hello {name}").format(name=name)
    ngettext("{n} payment needs a receipt", "{n} payments need a receipt", n).format(n=n)
    pgettext("easyread", "Money you have")
    pgettext("button", "Save")
    _(name)  # not a literal: nothing to extract
"""


@pytest.fixture()
def tree(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "src" / "pkg"
    source.mkdir(parents=True)
    (source / "screen.py").write_text(SOURCE, encoding="utf-8")
    locale_dir = tmp_path / "locale"
    return source, locale_dir


def _po(locale_dir: Path, lang: str, domain: str = DOMAIN) -> Catalog:
    with (locale_dir / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def _save(catalog: Catalog, locale_dir: Path, lang: str, domain: str = DOMAIN) -> None:
    with (locale_dir / lang / "LC_MESSAGES" / f"{domain}.po").open("wb") as handle:
        write_po(handle, catalog)


def test_extract_splits_easy_read_into_its_own_domain(tree: tuple[Path, Path]) -> None:
    source, locale_dir = tree
    templates = extract(source, locale_dir)
    main_ids = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in templates[DOMAIN]}
    easy_ids = {(m.id, m.context) for m in templates[EASYREAD_DOMAIN] if m.id}
    assert ("Hello {name}", None) in main_ids
    assert ("Personal assistants", None) in main_ids
    assert ("Save", "button") in main_ids
    assert ("{n} payment needs a receipt", None) in main_ids
    assert easy_ids == {("Money you have", "easyread"), ("Money coming in", "easyread")}
    assert (locale_dir / "dpwallet.pot").exists()
    assert (locale_dir / "dpwallet_easyread.pot").exists()
    hello = templates[DOMAIN].get("Hello {name}")
    assert hello is not None
    assert "the title of the home screen" in hello.auto_comments
    assert "python-brace-format" in hello.flags
    assert hello.locations[0][0] == "pkg/screen.py"


def test_update_writes_babel_plural_forms_for_every_language(tree: tuple[Path, Path]) -> None:
    source, locale_dir = tree
    written = update(locale_dir, source_dir=source)
    shipped = [lang for lang in LANGUAGES if lang != "en_GB"]
    assert len(written) == 2 * len(shipped)
    assert update(locale_dir, source_dir=source) == []  # nothing new: no date-only rewrites
    for lang in shipped:
        for domain in (DOMAIN, EASYREAD_DOMAIN):
            catalog = _po(locale_dir, lang, domain)
            assert catalog.num_plurals == get_plural(lang).num_plurals
            assert catalog.plural_expr == get_plural(lang).plural_expr
    assert _po(locale_dir, "cy").num_plurals == 5
    assert _po(locale_dir, "ar").num_plurals == 6
    assert _po(locale_dir, "pl").num_plurals == 3
    plural = _po(locale_dir, "cy").get("{n} payment needs a receipt")
    assert plural is not None and isinstance(plural.string, tuple | list)
    assert len(plural.string) == 5
    text = (locale_dir / "cy" / "LC_MESSAGES" / "dpwallet.po").read_text(encoding="utf-8")
    assert "msgstr[0] is used for n = 0, 4, 5" in text  # Welsh index 0 is "other"


def test_update_keeps_translations_and_repairs_a_wrong_plural_header(
    tree: tuple[Path, Path],
) -> None:
    source, locale_dir = tree
    update(locale_dir, ["cy"], source_dir=source)
    catalog = _po(locale_dir, "cy")
    hello = catalog.get("Hello {name}")
    assert hello is not None
    hello.string = "Helo {name}"
    _save(catalog, locale_dir, "cy")
    # A translator's tool rewrote the header with 2 forms.
    path = locale_dir / "cy" / "LC_MESSAGES" / "dpwallet.po"
    text = path.read_text(encoding="utf-8")
    start = text.index('"Plural-Forms:')
    end = text.index('"MIME-Version')
    path.write_text(
        text[:start] + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n' + text[end:],
        encoding="utf-8",
    )
    assert _po(locale_dir, "cy").num_plurals == 2
    update(locale_dir, ["cy"], source_dir=source)
    again = _po(locale_dir, "cy")
    assert again.num_plurals == 5
    kept = again.get("Hello {name}")
    assert kept is not None and kept.string == "Helo {name}"


def _translate_everything(locale_dir: Path, lang: str) -> None:
    for domain in (DOMAIN, EASYREAD_DOMAIN):
        catalog = _po(locale_dir, lang, domain)
        for message in catalog:
            if not message.id:
                continue
            if message.pluralizable:
                message.string = tuple(f"[{i}] {{n}} x" for i in range(catalog.num_plurals))
            else:
                message.string = f"CY {message.id}"
        _save(catalog, locale_dir, lang, domain)


def test_check_reports_problems_and_passes_a_complete_catalogue(
    tree: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, locale_dir = tree
    update(locale_dir, ["cy"], source_dir=source)
    kinds = {p.kind for p in check(locale_dir, ["cy"])}
    assert "empty" in kinds
    assert check(locale_dir, ["cy"], ignore_empty=True) == []

    _translate_everything(locale_dir, "cy")
    assert check(locale_dir, ["cy"]) == []
    assert main(["check", "--locale-dir", str(locale_dir), "--languages", "cy"]) == 0

    catalog = _po(locale_dir, "cy")
    hello = catalog.get("Hello {name}")
    assert hello is not None
    hello.string = "Helo {enw}"
    save = catalog.get("Save", "button")
    assert save is not None
    save.flags.add("fuzzy")
    _save(catalog, locale_dir, "cy")
    problems = check(locale_dir, ["cy"])
    details = " ".join(p.detail for p in problems if p.kind == "placeholders")
    assert "lacks {name}" in details and "unknown {enw}" in details
    assert any(p.kind == "fuzzy" and p.msgid == "Save" for p in problems)
    assert main(["check", "--locale-dir", str(locale_dir), "--languages", "cy"]) == 1
    assert "placeholders" in capsys.readouterr().out


def test_check_flags_missing_catalogues_and_wrong_plural_counts(tmp_path: Path) -> None:
    problems = check(tmp_path, ["pl"])
    assert {p.kind for p in problems} == {"missing-catalogue"}
    from dpwallet.i18n.catalog import check_catalog

    catalog = Catalog(locale="pl", domain=DOMAIN, fuzzy=False)
    catalog.add(("{n} day", "{n} days"), ("{n} dzień", "{n} dni"))
    assert "plural-count" in {p.kind for p in check_catalog(catalog, "pl", DOMAIN)}
    wrong = Catalog(locale="en", domain=DOMAIN, fuzzy=False)  # 2 forms, Polish needs 3
    assert "plural-forms" in {p.kind for p in check_catalog(wrong, "pl", DOMAIN)}


def test_plural_forms_may_leave_out_n_but_nothing_else() -> None:
    from dpwallet.i18n.catalog import check_catalog

    catalog = Catalog(locale="cy", domain=DOMAIN, fuzzy=False)
    catalog.add(
        ("{n} payment to {name}", "{n} payments to {name}"),
        ("{n} taliad i {name}", "un taliad i {name}", "{n} daliad i {name}", "{n} i", "{n} {name}"),
    )
    problems = check_catalog(catalog, "cy", DOMAIN)
    assert [p.detail for p in problems if p.kind == "placeholders"] == ["msgstr[3] lacks {name}"]


def test_placeholders_and_plural_examples() -> None:
    assert placeholders("{a} and {b!r} and {c:>3} {{not}}") == {"a", "b", "c"}
    with pytest.raises(ValueError):
        placeholders("{broken")
    welsh = plural_examples("cy")
    assert welsh[0][:3] == [0, 4, 5] and welsh[1] == [1]
    assert len(plural_examples("ar")) == 6


def test_easy_read_lint() -> None:
    template = Catalog(domain=EASYREAD_DOMAIN, fuzzy=False)
    template.add("Money you have", context="easyread")
    template.add("Your PA sent one receipt", context="easyread")
    template.add("You spent 50% of your money", context="easyread")
    template.add(" ".join(["word"] * 16), context="easyread")
    kinds = sorted(p.kind for p in lint_easyread(template))
    assert kinds == [
        "easyread-jargon",
        "easyread-number-word",
        "easyread-percent",
        "easyread-too-long",
    ]


def test_compile_merges_easy_read_into_the_main_catalogue(tree: tuple[Path, Path]) -> None:
    source, locale_dir = tree
    update(locale_dir, ["cy"], source_dir=source)
    _translate_everything(locale_dir, "cy")
    assert compile_all(locale_dir) == 2  # dpwallet.mo (with easy read merged in) and its own
    assert compile_all(locale_dir) == 0  # up to date
    t = gettext.translation(DOMAIN, locale_dir, languages=["cy"])
    assert t.gettext("Hello {name}") == "CY Hello {name}"
    assert t.pgettext("easyread", "Money you have") == "CY Money you have"
    forms = [
        t.ngettext("{n} payment needs a receipt", "{n} payments need a receipt", n)
        for n in (0, 1, 2, 3, 4, 6)
    ]
    assert forms == ["[0] {n} x", "[1] {n} x", "[2] {n} x", "[3] {n} x", "[0] {n} x", "[4] {n} x"]


def test_extract_runs_over_the_real_source_tree(tmp_path: Path) -> None:
    templates = extract(write=False)
    assert set(templates) == {DOMAIN, EASYREAD_DOMAIN}
    easy = {m.id for m in templates[EASYREAD_DOMAIN] if m.id}
    assert "You need to pay back {amount}." in easy  # from formatting.py
    main_ids = {m.id for m in templates[DOMAIN] if m.id}
    assert "Write the pence with two digits, like 12.50" in main_ids  # from money_input.py
