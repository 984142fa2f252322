"""Acronyms a text spells out before using them: "the Joint Permanent Commission (JPC)" -> {"JPC": "Joint Permanent
Commission"}, so that a later sentence's "the JPC" can be read as what it names (each sentence is parsed alone)."""

from __future__ import annotations

import re

_SPELT = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and|the)\s+)*){2,8})\(([A-Z]{2,6})\)")


def spelt_acronyms(text: str) -> dict[str, str]:
    """Each acronym in brackets after a capitalised name whose initials end with it (first spelling wins)."""
    out: dict[str, str] = {}
    for m in _SPELT.finditer(text):
        words = [w for w in m.group(1).split() if w[0].isupper()]
        acronym = m.group(2)
        initials = "".join(p[0] for w in words for p in w.split("-") if p and p[0].isupper())
        if acronym not in out and initials.endswith(acronym):
            out[acronym] = " ".join(words)
    return out
