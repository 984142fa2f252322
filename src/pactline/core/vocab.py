"""Load the package's data files (vocabularies live in data, not in code)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """A JSON data file of the package, parsed once."""
    with resources.files("pactline.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in load(name)[key])


@cache
def any_of(words: tuple[str, ...], before: str = r"\b", after: str = r"\b") -> re.Pattern[str]:
    """One compiled pattern that finds any of ``words`` (escaped, longest first) between the given
    boundaries: the same yes/no answer as searching for each word in turn, in one pass."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"{before}(?:{alternation}){after}")
