"""Unwrap: text taken from a PDF or a print layout arrives hard-wrapped, a paragraph broken into lines of about
the same width, with page numbers and running footers between them. Read line by line, each piece of a broken
sentence would be a heading, a date line or a sentence of its own; this module joins the pieces back.

A line runs on into the next only when something shows it was broken: the next line starts in lower case, or the
line ends with a comma, a hyphen inside a word or a word that never ends a line standing alone ("of", "the": data
file function_words.json, run_on_ends), or it ends with a month or a number and the next opens with a number ("21
November" / "2025."). In a text that shows such breaks, a line as wide as its broken ones runs on too ("the
Fifth" / "Session"), unless it ends a sentence or the next opens an item. Only a text that shows several such
breaks is unwrapped, so one-paragraph-a-line pages (menus, related links, headlines) keep their lines. Imports core
and language.dates (the month names).
"""

from __future__ import annotations

import re

from pactline.core.vocab import load
from pactline.language.dates import _MONTH

_RUN_ON = frozenset(load("function_words.json")["run_on_ends"])
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_MONTH_OR_NUMBER = re.compile(rf"(?i)(?:\b{_MONTH}|\d)$")
# "Page 2 of 3", "- 2 -", "Joint Statement - 2 - 10 May 2024", "Third Session   Page 2 of 5": a page's
# furniture, never text
_PAGE_MARK = re.compile(r"(?i)^(?:.{0,80}\bpage\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]?\s*\d{1,3}\s*[-–—]?|"
                        r"[^.!?]{0,50}\s[-–—]\s?\d{1,3}\s?[-–—]\s[^.!?]{0,40})$")
_RULE = re.compile(r"^[-=_*~.·•\s]*$")  # a rule drawn across the page, or nothing at all
_ITEM = re.compile(r"^(?:\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[-•*–])\s")
# a title or an initial before a name ("Hon.", "Dr. Kenneth D."; data/abbreviations.json): no sentence ends there
_ABBREVIATIONS = frozenset(load("abbreviations.json")["abbreviations"])
_MIN_WIDTH = 40  # a wrapped line fills most of a printed line
_MIN_BREAKS = 3  # breaks a text must show before its lines are joined


def unwrap(text: str, wrapped: bool = False) -> str:
    """The text with hard-wrapped paragraphs joined and page marks between them dropped; unchanged when it shows
    fewer than three broken lines, unless it is known to be ``wrapped`` (a PDF's text layer)."""
    lines = text.split("\n")
    least = 0 if wrapped else _MIN_WIDTH
    widths = sorted(len(a.strip()) for a, b in zip(lines, lines[1:], strict=False) if _broken(a, b, least))
    if len(widths) < _MIN_BREAKS and not wrapped:
        return text
    # the printed line's width
    width = widths[len(widths) // 2] if widths else max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    chained = False  # whether the last line kept is itself joined pieces
    last = ""  # the last line read: its own width, not that of the pieces joined before it, says whether it runs on
    for line in _without_page_marks(lines):
        if out and (_broken(last, line, least) or _full_width(last, line, width) or chained and _caps_run(out[-1], line)):
            out[-1], chained = _joined(out[-1], line), True
        else:
            out.append(line)
            chained = False
        last = line
    return "\n".join(out)


def _without_page_marks(lines: list[str]) -> list[str]:
    """The lines without page marks and the blank lines around them, so a sentence broken by a page runs on."""
    marks = [bool(_PAGE_MARK.match(line.strip())) for line in lines]
    kept: list[str] = []
    for i, line in enumerate(lines):
        if marks[i] or not line.strip() and (_next_mark(lines, marks, i, -1) or _next_mark(lines, marks, i, 1)):
            continue
        if not line.strip() and kept and _broken(kept[-1], _after_blanks(lines, i)) and _after_blanks(lines, i)[:1].islower():
            continue  # a blank line inside a sentence ("… of armed" / "" / "groups along …")
        kept.append(line)
    return kept


def _after_blanks(lines: list[str], i: int) -> str:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return lines[i].strip() if i < len(lines) else ""


def _next_mark(lines: list[str], marks: list[bool], i: int, step: int) -> bool:
    """Whether the first line past the blank ones from ``i`` (before it when ``step`` is -1) is a page mark."""
    while 0 <= i < len(lines) and not lines[i].strip():
        i += step
    return 0 <= i < len(lines) and marks[i]


def _full_width(line: str, after: str, width: int) -> bool:
    """A line as wide as the text's wrapped lines, with no sentence's end ("Dr." and an initial do not end one),
    runs on unless the next line opens an item of a list; a line in capitals (a letterhead) only by a broken
    word or a run of capitals."""
    line, after = line.strip(), after.strip()
    if len(line) < 0.8 * width or not after or _ITEM.match(after) or line.isupper() or _RULE.match(line):
        return False
    return not _SENTENCE_END.search(line) or _abbreviation_end(line)


def _abbreviation_end(line: str) -> bool:
    last = line.rsplit(" ", 1)[-1]
    return bool(re.fullmatch(r"[A-Z]\.", last)) or last.endswith(".") and last[:-1].lower() in _ABBREVIATIONS


def _caps_run(line: str, after: str) -> bool:
    """A heading in capitals broken over three lines: its last short piece ("COOPERATION") joins it too."""
    return line.isupper() and after.strip().isupper() and not _ITEM.match(after.strip())


def _broken(line: str, after: str, least: int = _MIN_WIDTH) -> bool:
    """Whether ``line`` is a piece of a sentence that ``after`` continues."""
    line, after = line.strip(), after.strip()
    if len(line) < least or not after or _SENTENCE_END.search(line) or _RULE.match(line):
        return False
    if after[0].islower() or line.endswith(",") or re.search(r"[a-z]-$", line):
        return True
    last = line.rsplit(" ", 1)[-1].lower()
    return last in _RUN_ON or bool(_MONTH_OR_NUMBER.search(line) and after[0].isdigit())


def _joined(line: str, after: str) -> str:
    # "coop-" + "eration": one word; "Zambia-" + "Lobito": a compound keeps its hyphen
    if re.search(r"[a-z]-$", line) and after[:1].islower():
        return line[:-1] + after
    if line.endswith("-"):
        return line + after
    return line + " " + after
