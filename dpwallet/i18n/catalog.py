"""Translation catalogue tooling: ``python -m dpwallet.i18n.catalog extract|update|check``.

* ``extract`` scans ``dpwallet/**/*.py`` with Babel and writes two templates to
  ``dpwallet/i18n/locale/``:

  - ``dpwallet.pot``: every string marked with ``_``, ``N_``, ``ngettext``,
    ``pgettext`` (any context except ``easyread``) or ``npgettext``;
  - ``dpwallet_easyread.pot``: the Easy Read wording, kept apart so it can be written,
    reviewed and translated by Easy Read specialists with people who use direct
    payments (co-production, risk R7).

  **How Easy Read text is marked.** At the point of display, call
  ``pgettext("easyread", "Money you have")``. For text defined ahead of time (tables of
  labels), mark it with ``ER_("Money you have")`` and look it up later with
  ``pgettext("easyread", text)``. Both end up in ``dpwallet_easyread.pot`` with
  ``msgctxt "easyread"``. The context matters at run time: ``dpwallet.compile`` merges
  each language's ``dpwallet_easyread.po`` into its ``dpwallet.mo``, and the
  ``easyread`` context keeps "Money you have" (Easy Read) apart from the same English
  words in the normal view. (``ER_`` is not yet defined in ``dpwallet.i18n``: it is a
  one-line identity marker like ``N_``.)

* ``update`` (extracts first) creates or updates
  ``locale/<lang>/LC_MESSAGES/<domain>.po`` for every shipped language except English,
  with the ``Plural-Forms`` header Babel gives for that language (Welsh 5 forms, Arabic
  6, Polish and Romanian 3). The header comment lists example numbers for each
  ``msgstr[i]``, because in Welsh ``msgstr[0]`` is "other" (0, 4, 5, 7 …), not "one".

* ``check`` reports, per language and domain: missing catalogues, entries that are
  missing, empty or fuzzy, ``{placeholder}`` sets that differ from the msgid (a plural
  form may leave out ``{n}``, as "one" forms often do), broken ``{`` syntax, a wrong
  ``Plural-Forms`` header, and Easy Read English longer than 15 words or using "%",
  number words or jargon (requirement 13). It exits 1 when there is any problem.
  ``--ignore-empty`` skips missing/empty entries (for work in progress).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gettext
import io
import os
import re
import string
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po

from dpwallet.i18n import DOMAIN, EASYREAD_DOMAIN, LANGUAGES, LOCALE_DIR

__all__ = [
    "EASYREAD_CONTEXT",
    "Problem",
    "check",
    "extract",
    "main",
    "placeholders",
    "plural_examples",
    "update",
]

PACKAGE_DIR = Path(__file__).resolve().parents[1]
SOURCE_LANGUAGE = "en_GB"
EASYREAD_CONTEXT = "easyread"
DOMAINS = (DOMAIN, EASYREAD_DOMAIN)

KEYWORDS: dict[str, Any] = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
EASYREAD_KEYWORDS: dict[str, Any] = {"ER_": None}
COMMENT_TAGS = ("Translators:",)

EASYREAD_MAX_WORDS = 15
_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\b", flags=re.IGNORECASE
)
_JARGON = re.compile(
    r"\b(DP|PA|PAs|audit|reconciliation|expenditure|surplus|clawback|income|"
    r"contribution|monitoring)\b"
)

_HEADER = """\
# {title} for dpwallet.
# Copyright (C) YEAR dpwallet contributors
# This file is distributed under the same license as the dpwallet project.
#"""


# --------------------------------------------------------------------------- helpers
def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields in ``text``; raises ValueError for broken brace syntax."""
    names: set[str] = set()
    for _literal, field, _spec, _conv in string.Formatter().parse(text):
        if field is not None:
            names.add(re.split(r"[.\[]", field, maxsplit=1)[0])
    return names


def plural_examples(language: str, upto: int = 200, per_form: int = 6) -> list[list[int]]:
    """Example values of n for each msgstr index, from Babel's plural rule."""
    rule = get_plural(language)
    func = gettext.c2py(rule.plural_expr)
    examples: list[list[int]] = [[] for _ in range(rule.num_plurals)]
    for n in range(upto + 1):
        index = func(n)
        if 0 <= index < len(examples) and len(examples[index]) < per_form:
            examples[index].append(n)
    return examples


def _plural_comment(language: str) -> str:
    lines = [f"# Plural forms for {language}: {get_plural(language).num_plurals}."]
    for index, numbers in enumerate(plural_examples(language)):
        sample = ", ".join(str(n) for n in numbers)
        lines.append(f"#   msgstr[{index}] is used for n = {sample}, ...")
    return "\n".join(lines)


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()


_DATE_LINE = re.compile(rb'^("POT-Creation-Date|"PO-Revision-Date|# Copyright).*$', re.M)


def _render(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=76, sort_output=True, include_lineno=False)
    return buffer.getvalue()


def _write_atomic(path: Path, catalog: Catalog) -> bool:
    """Write ``catalog`` unless only its dates would change; return whether it wrote.

    Skipping date-only rewrites keeps ``git diff`` quiet when nothing was added.
    """
    content = _render(catalog)
    if path.exists() and _DATE_LINE.sub(b"", path.read_bytes()) == _DATE_LINE.sub(b"", content):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _po_path(locale_dir: Path, language: str, domain: str) -> Path:
    return locale_dir / language / "LC_MESSAGES" / f"{domain}.po"


def _target_languages(languages: Iterable[str] | None) -> list[str]:
    chosen = list(languages) if languages else list(LANGUAGES)
    return [lang for lang in chosen if lang != SOURCE_LANGUAGE]


def _new_template(domain: str) -> Catalog:
    title = "Easy Read wording" if domain == EASYREAD_DOMAIN else "Translations template"
    return Catalog(
        domain=domain,
        header_comment=_HEADER.format(title=title),
        project="dpwallet",
        version="0.1",
        copyright_holder="dpwallet contributors",
        charset="utf-8",
        fuzzy=False,
    )


# --------------------------------------------------------------------------- extract
def _source_files(source_dir: Path) -> list[Path]:
    skip = {"locale", "__pycache__", "migrations"}
    return sorted(
        p
        for p in source_dir.rglob("*.py")
        if not skip.intersection(p.relative_to(source_dir).parts)
    )


def extract(
    source_dir: Path = PACKAGE_DIR, locale_dir: Path = LOCALE_DIR, *, write: bool = True
) -> dict[str, Catalog]:
    """Build both templates from ``source_dir``; write the .pot files unless ``write=False``."""
    templates = {domain: _new_template(domain) for domain in DOMAINS}
    for path in _source_files(source_dir):
        where = _relpath(path, source_dir)
        results = [
            (lineno, message, comments, context)
            for lineno, message, comments, context in extract_from_file(
                "python",
                path,
                keywords=KEYWORDS,
                comment_tags=COMMENT_TAGS,
                strip_comment_tags=True,
            )
        ]
        results += [
            (lineno, message, comments, EASYREAD_CONTEXT)
            for lineno, message, comments, _context in extract_from_file(
                "python",
                path,
                keywords=EASYREAD_KEYWORDS,
                comment_tags=COMMENT_TAGS,
                strip_comment_tags=True,
            )
        ]
        for lineno, message, comments, context in results:
            domain = EASYREAD_DOMAIN if context == EASYREAD_CONTEXT else DOMAIN
            msgid: str | tuple[str, ...] = message if isinstance(message, str) else tuple(message)
            if isinstance(msgid, tuple) and any(part is None for part in msgid):
                continue  # a call with a non-literal argument; nothing to translate
            if not msgid:
                continue
            flags = ["python-brace-format"] if _has_fields(msgid) else []
            existing = templates[domain].get(msgid, context)
            if existing is not None:
                existing.locations.append((where, lineno))
                existing.auto_comments.extend(
                    c for c in comments if c not in existing.auto_comments
                )
                continue
            templates[domain].add(
                msgid,
                locations=[(where, lineno)],
                auto_comments=list(comments),
                context=context,
                flags=flags,
            )
    if write:
        for domain, template in templates.items():
            _write_atomic(locale_dir / f"{domain}.pot", template)
    return templates


def _has_fields(msgid: str | tuple[str, ...]) -> bool:
    parts = (msgid,) if isinstance(msgid, str) else msgid
    try:
        return any(placeholders(part) for part in parts)
    except ValueError:
        return False


# --------------------------------------------------------------------------- update
def _fit_plurals(catalog: Catalog) -> None:
    """Give every plural entry exactly ``num_plurals`` msgstr slots (fuzzy if changed)."""
    wanted = catalog.num_plurals
    for message in catalog:
        if not message.id or not message.pluralizable:
            continue
        current = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if len(current) == wanted:
            continue
        had_text = any(current)
        fixed: tuple[str, ...] = tuple(str(s or "") for s in current[:wanted])
        fixed += ("",) * max(0, wanted - len(current))
        message.string = fixed
        if had_text:
            message.flags.add("fuzzy")


def _with_babel_plurals(old: Catalog, language: str, domain: str) -> Catalog:
    """A copy of ``old`` whose header (Plural-Forms, Language) comes from Babel."""
    title = "Easy Read wording" if domain == EASYREAD_DOMAIN else "Translations"
    fresh = Catalog(
        locale=language,
        domain=domain,
        header_comment=_HEADER.format(title=f"{title} ({language})")
        + "\n"
        + _plural_comment(language)
        + "\n#",
        project="dpwallet",
        version="0.1",
        copyright_holder="dpwallet contributors",
        creation_date=old.creation_date,
        revision_date=old.revision_date,
        last_translator=old.last_translator,
        language_team=old.language_team,
        charset="utf-8",
        fuzzy=False,
    )
    for message in old:
        if message.id:
            fresh[message.id] = message
    for key, message in old.obsolete.items():
        fresh.obsolete[key] = message
    return fresh


def update(
    locale_dir: Path = LOCALE_DIR,
    languages: Iterable[str] | None = None,
    *,
    templates: dict[str, Catalog] | None = None,
    source_dir: Path = PACKAGE_DIR,
) -> list[Path]:
    """Create or update every language's .po files from the templates.

    Returns the paths actually rewritten (a file whose only change would be its dates is
    left alone).
    """
    if templates is None:
        templates = extract(source_dir, locale_dir)
    written: list[Path] = []
    for language in _target_languages(languages):
        for domain, template in templates.items():
            path = _po_path(locale_dir, language, domain)
            if path.exists():
                old = _read(path, locale=language)
            else:
                old = Catalog(locale=language, domain=domain, fuzzy=False)
            catalog = _with_babel_plurals(old, language, domain)
            catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
            _fit_plurals(catalog)
            catalog.revision_date = _dt.datetime.now(_dt.UTC)
            if _write_atomic(path, catalog):
                written.append(path)
    return written


# --------------------------------------------------------------------------- check
@dataclass(frozen=True, slots=True)
class Problem:
    language: str
    domain: str
    kind: str  # missing-catalogue, missing, empty, fuzzy, placeholders, syntax, ...
    msgid: str
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.language} {self.domain}"
        text = f"{where}: {self.kind}"
        if self.msgid:
            text += f": {self.msgid!r}"
        if self.detail:
            text += f" ({self.detail})"
        return text


def _msgids(message: Message) -> tuple[str, ...]:
    return (message.id,) if isinstance(message.id, str) else tuple(message.id)


def _strings(message: Message) -> tuple[str, ...]:
    if isinstance(message.string, tuple | list):
        return tuple(message.string)
    return (message.string or "",)


def _check_placeholders(message: Message) -> list[str]:
    """Human-readable placeholder problems for one translated message."""
    issues: list[str] = []
    try:
        ids = [placeholders(part) for part in _msgids(message)]
    except ValueError:
        return ["the English text has broken { } syntax"]
    expected = set().union(*ids)
    for index, text in enumerate(_strings(message)):
        if not text:
            continue
        label = f"msgstr[{index}]" if message.pluralizable else "msgstr"
        try:
            found = placeholders(text)
        except ValueError:
            issues.append(f"{label} has broken {{ }} syntax")
            continue
        allowed_missing = {"n"} if message.pluralizable else set()
        missing = expected - found - allowed_missing
        extra = found - expected
        if missing:
            issues.append(f"{label} lacks {', '.join('{' + m + '}' for m in sorted(missing))}")
        if extra:
            issues.append(f"{label} has unknown {', '.join('{' + m + '}' for m in sorted(extra))}")
    return issues


def lint_easyread(template: Catalog, domain: str = EASYREAD_DOMAIN) -> list[Problem]:
    """Requirement 13 on the English Easy Read wording."""
    problems: list[Problem] = []
    for message in template:
        if not message.id:
            continue
        for text in _msgids(message):
            words = len(text.split())
            if words > EASYREAD_MAX_WORDS:
                problems.append(Problem("en", domain, "easyread-too-long", text, f"{words} words"))
            if "%" in text:
                problems.append(Problem("en", domain, "easyread-percent", text))
            if _NUMBER_WORDS.search(text):
                problems.append(Problem("en", domain, "easyread-number-word", text))
            jargon = _JARGON.search(text)
            if jargon:
                problems.append(Problem("en", domain, "easyread-jargon", text, jargon.group(0)))
    return problems


def check_catalog(
    catalog: Catalog,
    language: str,
    domain: str,
    template: Catalog | None = None,
    *,
    ignore_empty: bool = False,
) -> list[Problem]:
    problems: list[Problem] = []
    expected_plurals = get_plural(language).num_plurals
    if catalog.num_plurals != expected_plurals:
        problems.append(
            Problem(
                language,
                domain,
                "plural-forms",
                "",
                f"header says {catalog.num_plurals}, Babel says {expected_plurals}",
            )
        )
    for message in catalog:
        if not message.id:
            continue
        key = _msgids(message)[0]
        if message.fuzzy:
            problems.append(Problem(language, domain, "fuzzy", key))
        strings = _strings(message)
        if not ignore_empty and not all(strings):
            problems.append(Problem(language, domain, "empty", key))
        if message.pluralizable and len(strings) != expected_plurals:
            problems.append(
                Problem(
                    language,
                    domain,
                    "plural-count",
                    key,
                    f"{len(strings)} forms, need {expected_plurals}",
                )
            )
        for issue in _check_placeholders(message):
            problems.append(Problem(language, domain, "placeholders", key, issue))
    if template is not None and not ignore_empty:
        for message in template:
            if message.id and catalog.get(message.id, message.context) is None:
                problems.append(
                    Problem(language, domain, "missing", _msgids(message)[0], "run update")
                )
    return problems


def check(
    locale_dir: Path = LOCALE_DIR,
    languages: Iterable[str] | None = None,
    *,
    ignore_empty: bool = False,
) -> list[Problem]:
    """Every problem in every shipped catalogue (see the module docstring)."""
    problems: list[Problem] = []
    templates: dict[str, Catalog | None] = {}
    for domain in DOMAINS:
        pot = locale_dir / f"{domain}.pot"
        templates[domain] = _read(pot) if pot.exists() else None
    easy = templates.get(EASYREAD_DOMAIN)
    if easy is not None:
        problems += lint_easyread(easy)
    for language in _target_languages(languages):
        for domain in DOMAINS:
            path = _po_path(locale_dir, language, domain)
            if not path.exists():
                if not ignore_empty:
                    problems.append(Problem(language, domain, "missing-catalogue", "", str(path)))
                continue
            catalog = _read(path, locale=language)
            problems += check_catalog(
                catalog, language, domain, templates[domain], ignore_empty=ignore_empty
            )
    return problems


# --------------------------------------------------------------------------- CLI
def _summary(problems: Sequence[Problem]) -> str:
    counts: dict[tuple[str, str], int] = {}
    for problem in problems:
        key = (problem.language, problem.kind)
        counts[key] = counts.get(key, 0) + 1
    return "\n".join(f"{lang}: {count} {kind}" for (lang, kind), count in sorted(counts.items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dpwallet.i18n.catalog", description=__doc__)
    parser.add_argument("command", choices=("extract", "update", "check"))
    parser.add_argument("--locale-dir", type=Path, default=LOCALE_DIR)
    parser.add_argument("--source-dir", type=Path, default=PACKAGE_DIR)
    parser.add_argument(
        "--languages", help="comma-separated codes (default: every shipped language)"
    )
    parser.add_argument("--ignore-empty", action="store_true", help="check: skip untranslated")
    args = parser.parse_args(argv)
    languages = [code.strip() for code in args.languages.split(",")] if args.languages else None

    if args.command == "extract":
        templates = extract(args.source_dir, args.locale_dir)
        for domain, template in templates.items():
            print(f"{domain}.pot: {len(template)} messages")
        return 0
    if args.command == "update":
        written = update(args.locale_dir, languages, source_dir=args.source_dir)
        for path in written:
            print(f"updated {path}")
        return 0
    problems = check(args.locale_dir, languages, ignore_empty=args.ignore_empty)
    for problem in problems:
        if problem.kind not in ("empty", "missing"):
            print(problem)
    if problems:
        print(_summary(problems))
        print(f"{len(problems)} problems")
        return 1
    print("All catalogues are complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
