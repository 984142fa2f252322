"""An organisation a text names indirectly: "the bloc" after the European Union or ASEAN, "allies" after NATO
(data/roles.json organisations' "referred_as"), and its numbered gatherings ("COP30", "numbered_aliases")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from pactline.core import vocab

# Words a noun that refers back may carry before it: "all allies", "the 27-member bloc", "fellow allies".
_BEFORE = r"(?:(?:the|all|our|its|their|fellow|other|western|regional|\d+-(?:member|nation|country|strong))\s+)*"


def numbered_aliases(org: dict[str, Any]) -> list[str]:
    """ "COP1" … "COP60" and "COP 1" … for an organisation whose gatherings are numbered."""
    return [f"{p}{sep}{n}" for p in org.get("numbered_aliases", []) for sep in ("", " ") for n in range(1, 61)]


@cache
def _referring() -> dict[str, tuple[str, ...]]:
    """noun -> the organisations (canonical names) it may refer to."""
    out: dict[str, list[str]] = {}
    for org in vocab.load("roles.json")["organisations"]:
        for noun in org.get("referred_as", []):
            out.setdefault(noun, []).append(org["name"])
    return {noun: tuple(names) for noun, names in out.items()}


def referring_nouns() -> frozenset[str]:
    """The nouns that may refer back to an organisation ("bloc", "allies")."""
    return frozenset(_referring())


def named_organisations(text: str, gaz: Any) -> Counter[str]:
    """How often a text names each organisation (canonical name)."""
    return Counter(gaz.organisations[m.group(0)] for m in gaz.organisation_pattern.finditer(text)
                   if m.group(0) in gaz.organisations)


def referred_organisation(lowered: str, named: Counter[str]) -> str | None:
    """The organisation a phrase refers back to ("the bloc", "all allies", "the alliance's members"): the one
    of those the noun may stand for that the text names most; None where it names none or two as often."""
    m = re.match(rf"{_BEFORE}([a-z]+)(?:['’]s?)?(?:\s|$)", lowered)
    if not m or m.group(1) not in _referring():
        return None
    counts = sorted(((named[name], name) for name in _referring()[m.group(1)] if named[name]), reverse=True)
    if not counts or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]
