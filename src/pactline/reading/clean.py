"""Clean: normalise whitespace and characters, and remove watermarks spliced into words.

The cleaned text is what every later offset refers to, so this stage runs once and its output is stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pactline.reading.unwrap import unwrap

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")


def normalise(text: str) -> str:
    """NFC, unified newlines and spaces, paragraphs separated by exactly one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def find_watermarks(text: str, min_count: int = 3, min_left_contexts: int = 2) -> list[str]:
    """Short strings a site splices inside other words ("mutExample Postual").

    A candidate starts where a lower-case letter runs straight into a capital. It is kept when it recurs at
    least ``min_count`` times and is glued after *different* letters in at least ``min_left_contexts`` places,
    so a real camel-case name ("McDonald", "iPhone"), always glued the same way, stays. The best candidate is
    removed and the search repeats, so pieces of a removed mark are never mistaken for marks themselves.
    """
    found: list[str] = []
    for _round in range(5):
        mark = _best_watermark(text, min_count, min_left_contexts)
        if mark is None:
            break
        found.append(mark)
        text = text.replace(mark, "")
    return found


def _best_watermark(text: str, min_count: int, min_left_contexts: int) -> str | None:
    seeds = [m.start() for m in _CAMEL_BREAK.finditer(text)]
    if len(seeds) < min_left_contexts:
        return None
    candidates: Counter[str] = Counter()
    for start in seeds:
        for length in range(4, 41):
            piece = text[start : start + length]
            if len(piece) < length or "\n" in piece:
                break
            candidates[piece] += 1
    best: tuple[int, str] | None = None
    for piece, seed_count in candidates.items():
        if seed_count < min_left_contexts or piece[-1] == " ":
            continue
        occurrences = [m.start() for m in re.finditer(re.escape(piece), text)]
        if len(occurrences) < min_count:
            continue
        left_contexts = {text[max(0, pos - 2) : pos] for pos in occurrences if pos > 0 and text[pos - 1].isalpha()}
        if len(left_contexts) < min_left_contexts:
            continue
        score = (len(piece) * len(occurrences), piece)
        if best is None or score > best:
            best = score
    return best[1] if best else None


def remove_watermarks(text: str) -> tuple[str, list[str]]:
    marks = find_watermarks(text)
    for mark in marks:
        text = text.replace(mark, "")
    if marks:
        text = _SPACES.sub(" ", text)
    return text, marks


def clean_text(text: str) -> tuple[str, list[str]]:
    """Normalised text without watermarks, hard-wrapped lines joined, and the watermarks removed."""
    text = unwrap(normalise(text))
    text, marks = remove_watermarks(text)
    return normalise(text) if marks else text, marks
