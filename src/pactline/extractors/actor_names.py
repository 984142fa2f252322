"""Actor names as a reader of the record wants them: a capital standing for its government is named as its
country ("Nairobi rejected the claim" -> Kenya), a town's official by the country ("Ankara's envoy" -> Turkey's
envoy), and a posting place is no part of an official's name ("its ambassador in Lima" -> its ambassador).

The country and role the extractors resolved are kept; only the name changes, so a place never reads as an
actor in the record or the GDELT export (issue 14). Uses ``language.places`` and ``language.country_names``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pactline.core.records import Actor, Event

_POSSESSIVE = re.compile(r"^(?P<town>[A-Z][\w.' -]*?)['’]s\s+(?P<rest>\S.*)$")
_POSTED = re.compile(r"^(?P<who>.*\S)\s+(?:in|at|from)\s+(?P<town>[A-Z][\w.' -]*)$")


def _country_of_town(name: str) -> str | None:
    """The country a town or seat of government stands for, or None."""
    from pactline.language.places import is_town, place_country

    return place_country(name) if is_town(name) else None


def _town_of(name: str, code: str | None) -> bool:
    """Whether ``name`` is a town (not a country's own name) that stands for the country ``code``."""
    from pactline.language.country_names import country_name

    # "Singapore", "Kuwait": the country itself
    return bool(code) and _country_of_town(name) == code and name.strip().lower() != country_name(code or "").lower()


def tidy_actor(actor: Actor | None) -> Actor | None:
    """``actor`` with a place-free name (see the module docstring); the same actor when nothing applies."""
    from pactline.language.country_names import country_name

    if actor is None or not actor.name:
        return actor
    name = actor.name.strip()
    if _town_of(name, actor.country):
        return replace(actor, name=country_name(actor.country or ""))
    owner = _POSSESSIVE.match(name)
    if owner and (code := _country_of_town(owner.group("town"))) and (actor.country in (None, code)):
        return replace(actor, name=f"{country_name(code)}'s {owner.group('rest')}", country=actor.country or code)
    both = re.match(r"(?i)both\s+", name)
    parts = re.split(r"\s+and\s+", name[both.end() if both else 0 :])
    if len(parts) > 1 and any(_country_of_town(p) for p in parts):
        # "Moscow and Tehran", "both Abuja and Niger": each town read as its country, each country once
        named = [country_name(c) if (c := _country_of_town(p)) else p for p in parts]
        named = [n for i, n in enumerate(named) if not any(n in m and n != m or n == m and j < i
                                                            for j, m in enumerate(named) if j != i)]
        return replace(actor, name=(both.group(0) if both and len(named) > 1 else "") + " and ".join(named))
    posted = _POSTED.match(name)
    if posted and actor.role and actor.role != "government" and _country_of_town(posted.group("town")):
        return replace(actor, name=posted.group("who"))
    return actor


def tidy_event_actors(event: Event) -> Event:
    """``event`` with both actors' names tidied."""
    source, target = tidy_actor(event.source_actor), tidy_actor(event.target_actor)
    if source is event.source_actor and target is event.target_actor:
        return event
    return replace(event, source_actor=source, target_actor=target)
