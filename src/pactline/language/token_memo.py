"""Answers kept per token of a parse: the extractors ask the same questions of the same tokens many times
(a subject's phrase, whether a noun can be an actor), for each sentence's patterns, memories and checks.

Sound only while no code changes a parse after it is made (a retokenize, a reassigned head, lemma or label
would leave stale answers; none exists, see extractors/event_patterns.match_verb). Each answer is kept in the
parse's own ``user_data``, so it lives and dies with the parse and never answers another one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

Answer = TypeVar("Answer")


def per_token(fn: Callable[[Any], Answer]) -> Callable[[Any], Answer]:
    """``fn(token)`` computed once per token of a parse; ``fn`` must depend on the parse alone and return a
    value no caller changes (a bool, a string, a spaCy Span)."""
    key = f"pactline.{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def kept(token: Any) -> Answer:
        memo = token.doc.user_data.get(key)
        if memo is None:
            memo = token.doc.user_data[key] = {}
        if token.i not in memo:
            memo[token.i] = fn(token)
        return memo[token.i]

    return kept
