"""A news roundup's other pair: "the sides", "the two leaders" or "they" right after a sentence whose subject named
two countries neither of which is the text's own pair stand for that pair, not the text's (round 13)."""

from __future__ import annotations

from typing import Any


def pair_named_last(side: tuple[Any, list[str]], main: list[str], last: tuple[Any, list[str]] | None) -> tuple[Any, list[str]]:
    """``side`` with the countries of the last subject when it is a collective read as the text's two countries
    (``main``) and that subject named two or more countries, none of them the text's."""
    source, codes = side
    if last is None or source is None or source.country is not None or len(main) != 2 or sorted(codes) != sorted(main):
        return side
    named = [c for c in last[1] if len(c) == 3 and c.isalpha() and c.isupper()]
    return (source, named) if len(named) >= 2 and not set(named) & set(main) else side
