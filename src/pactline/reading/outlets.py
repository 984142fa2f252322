"""The outlet a date or metadata line names: "(Xinhua)", "Andes Post | 3 May 2024", "Source: Wire | … | Editor: …".

What is left of the line once its date and clock time are taken out is read field by field (fields are split
by "|"). A field labelled as a source ("Source: Xinhua") names the outlet; a field with any other label
("Editor: J. Doe", "Views: 1,204") never does, so a metadata line's staff and counters are no outlet.
"""

from __future__ import annotations

import re
from functools import cache

from pactline.core import vocab

_LABELLED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(?P<value>.*)$")


@cache
def _outlet_labels() -> frozenset[str]:
    return frozenset(label.lower() for label in vocab.load("boilerplate.json")["metadata_fields"]["outlet"])


def _fields(rest: str) -> tuple[list[str], str | None]:
    """The line's unlabelled fields that could name an outlet, and the value of a field labelled as a source.

    A field with a digit is what is left of a date or a counter; a lower-case word alone ("at") is a
    connective the date left behind; a place ("Canberra") is where, not who."""
    kept, source = [], None
    for part in re.split(r"\s*\|\s*", rest):
        part = re.sub(r"^(?:in|at|on|from)\s+", "", re.sub(r"\s+", " ", part).strip(" ,-–—:"))  # "Published in Dawn"
        found = _LABELLED.match(part)
        if found is not None:
            if found.group("label").strip().lower() in _outlet_labels() and source is None:
                source = found.group("value").strip(" ,|-–—:") or None
        elif part and not re.search(r"\d", part) and not re.fullmatch(r"[a-z]+", part) and _not_a_place(part):
            kept.append(part)
    return kept, source


def outlet_of(rest: str) -> str | None:
    """The outlet named by ``rest`` (a date line without its date), or None."""
    paren = re.search(r"\(([^)]{2,60})\)", rest)
    if paren:
        return _not_a_place(paren.group(1).strip())
    if re.match(r"^\W*by\b", rest, re.I):
        return None  # a byline names a writer
    fields, source = _fields(rest)
    if source:
        return _not_a_place(source)
    return fields[0] if fields and len(fields[0].split()) <= 12 else None


def _not_a_place(outlet: str) -> str | None:
    """The outlet, or None when it is only a place ("Nairobi, 14 June 2024" is a place line)."""
    from pactline.language.actors import gazetteer

    if outlet.strip(" ,") in gazetteer().surfaces:
        return None
    return outlet
