"""The organisation a phrase about an actor is headed by ("the UN mission in Mali"), not a country it names
after it; the gazetteer of ``actors`` is passed in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pactline.core import vocab

if TYPE_CHECKING:
    from pactline.language.actors import CountryMention, Gazetteer


def organisation_heading(phrase: str, countries: list[CountryMention], gaz: Gazetteer) -> str | None:
    """The organisation a phrase is about when it names one before any country or around it ("The
    Organization of American States", "the UN mission in Mali"); "China's UN envoy" is China's."""
    if not gaz.organisations or not gaz.organisation_pattern.search(phrase):
        return None
    for alias, org in gaz.organisations.items():
        found = vocab.compiled(rf"(?<!\w){re.escape(alias)}(?!\w)").search(phrase)
        if found is None:
            continue
        if all(m.start >= found.end() or found.start() <= m.start < found.end() for m in countries):
            if not any(m.start < found.start() for m in countries) and (not countries or _org_heads(phrase, found)):
                return org
    return None


def _org_heads(phrase: str, found: re.Match[str]) -> bool:
    """Whether an organisation named with countries is the head of the phrase: the countries sit inside its
    name or in a phrase after it ("in Mali", "for Sudan")."""
    rest = phrase[found.end() :]
    return not re.match(r"^\s*(?:and|&|,)\s", rest)
