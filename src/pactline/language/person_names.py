"""One person under two forms of a name: accents ("Inacio" / "Inácio"), a family name written first in capitals
("ISHIBA Shigeru" / "Shigeru Ishiba"), or a shorter form of the full name ("Luiz Inacio Lula" / "Luiz Inácio
Lula da Silva")."""

from __future__ import annotations

import re
from typing import Any


def name_words(name: str) -> frozenset[str]:
    """The words of a name without accents, case or order ("ISHIBA Shigeru" -> {"ishiba", "shigeru"})."""
    from pactline.language.leaders import fold

    return frozenset(fold(word).casefold() for word in name.replace("-", " ").split())


def register_people(ctx: Any, people: list[Any]) -> None:
    """Register titled people, those with a country first so a later country-less mention does not erase it. A
    mention of someone known ("Alberto" of "Alberto van Klaveren", "NAME Given" of "Given Name") is that person;
    a fuller name of someone known replaces the shorter one under every name it was known by."""

    for person in sorted(people, key=lambda p: p.country is not None):
        existing = ctx.person(person.name) or ctx.person(re.sub(r"\b[AaEe]l-", "", person.name))  # "El-Bashir"
        if existing is None:
            ctx.register(person)
        elif (merged := _merged(existing, person)) is not None:
            if merged != existing:
                for key in [k for k, known in ctx.people.items() if known is existing]:
                    ctx.people[key] = merged
                ctx.register(merged)
        elif not (existing.country and not person.country):
            ctx.register(person)


def _merged(known: Any, person: Any) -> Any:
    """One person of two mentions whose name words hold one another, on one side and in one role (either may
    be unknown): the fuller name, with the country and role either gives; else None."""
    from pactline.language.actors import Person

    words, known_words = name_words(person.name), name_words(known.name)
    if not (words <= known_words or known_words < words) or None not in (known.country, person.country) and \
            known.country != person.country or None not in (known.role, person.role) and known.role != person.role:
        return None
    name = known.name if words <= known_words else person.name
    return Person(name, known.role or person.role, known.country or person.country)
