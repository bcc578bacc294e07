"""Draw any name in a reportlab PDF without empty boxes (requirement 32).

ReportLab has no font fallback, no bidi and (without ``uharfbuzz``) no shaping. A
payee called "محمد علی" or "সুমি রহমান" on a council return must still print as
letters, never as "tofu". So before drawing, every string is split into runs, and
each run gets the first bundled Noto font whose cmap (``charToGlyph``) has all of
its characters. Two light-weight fixes make the scripts readable without a shaper:

* Arabic-script runs are joined with the Unicode presentation forms (looked up by
  character name, so Urdu letters work too) and reversed into visual order, with
  European digits kept left to right.
* Bengali and Gurmukhi pre-base vowel signs are moved in front of their consonant.

Conjuncts still show a visible virama, and Urdu prints in Naskh, not Nastaliq; this
is recorded in docs/return-format.md. The embedded JSON keeps the exact text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dpwallet.i18n.fonts import ARABIC, BENGALI, GURMUKHI, LATIN, URDU, FontFace, fonts_dir

__all__ = [
    "PDF_FACES",
    "Run",
    "font_name",
    "register_fonts",
    "runs_for",
    "text_width",
    "uncovered",
]

# Latin first (the document is English or Welsh); Naskh Arabic before Nastaliq, because
# Nastaliq is unreadable without a shaper while Naskh presentation forms are fine.
PDF_FACES: tuple[FontFace, ...] = (LATIN, ARABIC, URDU, BENGALI, GURMUKHI)
IGNORABLE = frozenset("\u2068\u2069\u2066\u2067\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff")
REPLACEMENT = "?"  # drawn for a character no bundled font has (never a .notdef box)
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")
_NEUTRAL_FACES: tuple[FontFace, ...] = (LATIN, BENGALI, GURMUKHI, ARABIC, URDU)
_PRE_BASE = frozenset("\u09bf\u09c7\u09c8\u0a3f")
_VIRAMA = frozenset("\u09cd\u0a4d")


@dataclass(frozen=True, slots=True)
class Run:
    """Text (already in visual order) and the registered font name that can draw it."""

    text: str
    font: str
    rtl: bool = False


def font_name(face: FontFace, *, bold: bool = False) -> str:
    """The name a face is registered under in reportlab."""
    return face.family.replace(" ", "") + ("-Bold" if bold else "")


@cache
def _cmap(face: FontFace, bold: bool) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name(face, bold=bold))
    return frozenset(font.face.charToGlyph)


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every bundled face (regular and bold) once; returns their names."""
    names = []
    for face in PDF_FACES:
        for bold in (False, True):
            name = font_name(face, bold=bold)
            path = face.path(bold=bold, directory=fonts_dir())
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=False))
            names.append(name)
    return tuple(names)


def _face_for(ch: str, bold: bool) -> FontFace | None:
    """The first face with a glyph; symbols prefer left-to-right faces (no reordering)."""
    for face in _NEUTRAL_FACES if _is_neutral(ch) else PDF_FACES:
        if ord(ch) in _cmap(face, bold):
            return face
    return None


def uncovered(text: str, *, bold: bool = False) -> set[str]:
    """Characters of ``text`` that no bundled font can draw (should be empty)."""
    register_fonts()
    return {ch for ch in text if ch not in IGNORABLE and _face_for(ch, bold) is None}


def _is_neutral(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZ" or unicodedata.category(ch) == "Nd"


def _split(text: str, bold: bool) -> list[tuple[str, FontFace]]:
    """Logical-order runs; spaces, digits and punctuation stay in the current run."""
    runs: list[tuple[list[str], FontFace]] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in IGNORABLE:
            continue
        current = runs[-1][1] if runs else None
        keep = current is not None and _is_neutral(ch) and ord(ch) in _cmap(current, bold)
        face = current if keep else _face_for(ch, bold)
        if face is None:
            ch, face = REPLACEMENT, LATIN
        if runs and runs[-1][1] == face:
            runs[-1][0].append(ch)
        else:
            runs.append(([ch], face))
    return [("".join(chars), face) for chars, face in runs]


# ----------------------------------------------------------------------------- Arabic
def _form(ch: str, form: str) -> str | None:
    try:
        return unicodedata.lookup(f"{unicodedata.name(ch)} {form} FORM")
    except (KeyError, ValueError):
        return None


def _joins_left(ch: str) -> bool:
    """Dual-joining letters (they have an initial form) join to the next letter."""
    return ch == "\u0640" or _form(ch, "INITIAL") is not None


def _joins(ch: str) -> bool:
    return ch == "\u0640" or _form(ch, "FINAL") is not None


def _lam_alef(text: str) -> str:
    names = {"\u0627": "", "\u0622": " WITH MADDA ABOVE", "\u0623": " WITH HAMZA ABOVE"}
    names["\u0625"] = " WITH HAMZA BELOW"
    for alef, suffix in names.items():
        try:
            lig = unicodedata.lookup(f"ARABIC LIGATURE LAM WITH ALEF{suffix} ISOLATED FORM")
        except KeyError:
            continue
        text = text.replace("\u0644" + alef, lig)
    return text


def _shape_arabic(text: str, cmap: frozenset[int]) -> str:
    """Contextual forms from Unicode's presentation-form blocks (isolated/initial/...)."""
    text = _lam_alef(text)
    letters = [i for i, ch in enumerate(text) if unicodedata.category(ch) != "Mn"]
    out = list(text)
    for pos, i in enumerate(letters):
        ch = text[i]
        prev = text[letters[pos - 1]] if pos > 0 else ""
        nxt = text[letters[pos + 1]] if pos + 1 < len(letters) else ""
        after = bool(prev) and _joins_left(prev) and _joins(ch)
        before = bool(nxt) and _joins_left(ch) and _joins(nxt)
        if "LIGATURE LAM WITH ALEF" in unicodedata.name(ch, ""):
            form = _form_of_ligature(ch, after)
        else:
            wanted = {(True, True): "MEDIAL", (True, False): "FINAL", (False, True): "INITIAL"}
            form = _form(ch, wanted.get((after, before), "ISOLATED"))
        if form and ord(form) in cmap:
            out[i] = form
    return "".join(out)


def _form_of_ligature(lig: str, after: bool) -> str | None:
    if not after:
        return None
    return unicodedata.lookup(unicodedata.name(lig).replace("ISOLATED", "FINAL"))


def _visual_rtl(text: str) -> str:
    """Reverse an RTL run for left-to-right drawing, keeping digit groups in order."""
    tokens = re.findall(r"[0-9]+(?:[.,][0-9]+)*|.", text, flags=re.S)
    return "".join(t if t[0].isdigit() else t.translate(_MIRROR) for t in reversed(tokens))


# ----------------------------------------------------------------------------- Indic
def _reorder_indic(text: str) -> str:
    """Move pre-base vowel signs (ি ে ৈ ਿ) in front of their consonant cluster."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):  # splits ো and ৌ into two signs
        if ch in _PRE_BASE and out:
            start = len(out) - 1
            while start >= 2 and out[start - 1] in _VIRAMA:
                start -= 2
            out.insert(start, ch)
        else:
            out.append(ch)
    return "".join(out)


def _edge(text: str, bold: bool, *, trailing: bool) -> int:
    """How many neutral characters (not digits) Noto Sans can draw at an end of ``text``."""
    chars = reversed(text) if trailing else iter(text)
    latin = _cmap(LATIN, bold)
    count = 0
    pairs = {")": "(", "]": "[", "}": "{", "(": ")", "[": "]", "{": "}"}
    for ch in chars:
        if ch in pairs and pairs[ch] in text:
            break  # a bracket pair around RTL text belongs to the RTL run (UBA rule N0)
        if not _is_neutral(ch) or ch.isdigit() or ord(ch) not in latin:
            break
        count += 1
    return count


def _rtl_runs(chunk: str, face: FontFace, bold: bool) -> list[Run]:
    """An Arabic-script run shaped and reversed; neutrals at its edges go back to Latin."""
    lead, trail = _edge(chunk, bold, trailing=False), _edge(chunk, bold, trailing=True)
    body = chunk[lead : len(chunk) - trail] if trail else chunk[lead:]
    runs = [Run(chunk[:lead], font_name(LATIN, bold=bold))] if lead else []
    if body:
        shaped = _visual_rtl(_shape_arabic(body, _cmap(face, bold)))
        runs.append(Run(shaped, font_name(face, bold=bold), rtl=True))
    if trail and body:
        runs.append(Run(chunk[len(chunk) - trail :], font_name(LATIN, bold=bold)))
    return runs


def runs_for(text: str, *, bold: bool = False) -> list[Run]:
    """Runs in drawing order, each in a font that has every glyph it uses."""
    register_fonts()
    result: list[Run] = []
    for chunk, face in _split(text, bold):
        name = font_name(face, bold=bold)
        if face in (ARABIC, URDU):
            result += _rtl_runs(chunk, face, bold)
            continue
        if face in (BENGALI, GURMUKHI):
            chunk = _reorder_indic(chunk)
            chunk = "".join(c for c in chunk if ord(c) in _cmap(face, bold))
        result.append(Run(chunk, name))
    return _bidi_order(result)


def _all_neutral(run: Run) -> bool:
    return not run.rtl and all(_is_neutral(ch) for ch in run.text)


def _group_end(runs: list[Run], start: int) -> int:
    """Last index of the right-to-left sequence starting at ``start``: RTL runs joined by
    neutral runs, plus a closing bracket run whose opener is inside (UBA rules N0, N1)."""
    end = start
    for k in range(start + 1, len(runs)):
        if runs[k].rtl:
            end = k
        elif not _all_neutral(runs[k]):
            break
    inside = "".join(r.text for r in runs[start : end + 1])
    nxt = end + 1
    if nxt < len(runs) and _all_neutral(runs[nxt]):
        closers = sum(inside.count(c) for c in ")]}")
        if sum(inside.count(c) for c in "([{") > closers and runs[nxt].text.strip()[:1] in ")]}":
            end = nxt
    return end


def _bidi_order(runs: list[Run]) -> list[Run]:
    """Put runs of a right-to-left sequence in visual order (right to left)."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        if not runs[i].rtl:
            out.append(runs[i])
            i += 1
            continue
        end = _group_end(runs, i)
        for run in reversed(runs[i : end + 1]):
            text = run.text if run.rtl else run.text[::-1].translate(_MIRROR)
            out.append(Run(text, run.font, run.rtl))
        i = end + 1
    return out


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` as drawn by :func:`runs_for`."""
    return sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs_for(text, bold=bold))
