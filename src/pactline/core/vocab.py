"""Load the package's data files (vocabularies live in data, not in code)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """A JSON data file of the package, parsed once."""
    with resources.files("pactline.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` with a cache of its own: the patterns built per title, alias or name a text holds
    ("the Prime Minister", a person's name) outnumber the 512 that ``re`` keeps, so its cache kept
    compiling them again (about 70 % of the compiles of an extraction, measured on the lent sets). The
    same pattern object ``re.compile`` gives; about 5,000 patterns of a few KB at most."""
    return re.compile(pattern, flags)


@cache
def patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in load(name)[key])


@cache
def any_of(words: tuple[str, ...], before: str = r"\b", after: str = r"\b") -> re.Pattern[str]:
    """One compiled pattern that finds any of ``words`` (escaped, longest first) between the given
    boundaries: the same yes/no answer as searching for each word in turn, in one pass."""
    return re.compile(f"{before}(?:{alternation(words)}){after}")


def alternation(words: Iterable[str], fold_case: bool = False) -> str:
    """Regex source that matches exactly what ``"|".join(re.escape(w) for w in sorted(words, key=len,
    reverse=True))`` matches, in the same order of preference, written as a trie ("Niger|Nigeria" becomes
    "Niger(?:ia)?"): Python's re tries the words of an alternation one by one at every position, so a list
    of thousands (the gazetteer's names) cost 16 × the time of the trie, which tries only the words that
    share the text's next letter. The words that match at one position are prefixes of one another, and the
    trie's optional tails are greedy, so it tries them longest first, as the sorted alternation does, also
    when what follows the group fails and the engine backtracks. ``fold_case``: the words are lower-cased
    first, for a pattern matched ignoring case (where "PM" and "pm" would otherwise be separate branches and
    a shorter word of one could be tried before a longer one of the other)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word.lower() if fold_case else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
