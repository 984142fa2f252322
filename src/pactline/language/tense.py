"""Tense of the clause around a time expression: whether it tells something still to come."""

from __future__ import annotations

import re

_FUTURE_MARK = re.compile(r"(?i)\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated)\s+to|"
                          r"(?:is|are)\s+(?:due|expected|scheduled)\s+(?:in|at|back\s+in)|to\s+be\s+held)\b|['’]ll\b")
_CLAUSE_BREAK = re.compile(r"(?i)[,;:.\n]|\b(?:said|says|told|added|announced)\b")


def future_clause(before: str) -> bool:
    """ "staff would leave on Sunday": the clause before the weekday tells what is to come (a comma or a
    reporting verb ends it: "Talks will go on, the minister said on Tuesday")."""
    return bool(_FUTURE_MARK.search(_CLAUSE_BREAK.split(before)[-1]))
