"""Commentators: analysts, experts and researchers whose words are context, never a party's pledge, stance or
follow-through. Found by the word that names them ("analysts said") or by a name the document introduces
with such a role ("Zhao Min, a researcher at …", then "Zhao said")."""

from __future__ import annotations

import re

# A later sentence whose speaker is a commentator is context, never a party's own word.
_COMMENTATOR = re.compile(
    r"\b(?:analysts?|experts?|observers?|commentators?|scholars?|researchers?|critics?|economists?|journalists?)"
    r"\b[^.;]{0,60}?\b(?:said|say|says|believe|believes|noted|argued|argue|added|told|wrote|pointed out)\b"
    r"|\baccording to (?:analysts?|experts?|observers?)\b", re.I)


_ROLE = (r"(?:expert|analyst|researcher|research fellow|fellow|professor|scholar|observer|commentator|economist"
         r"|journalist|columnist)")
_INTRODUCED = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), (?:a|an|the|who is)\b[^.;]{0,120}?\b" + _ROLE + r"s?\b")
_REPORTING = re.compile(r"\b(?:said|says|told|noted|added|stressed|stated|announced|pledged|agreed|according to)\b")


def commentator_speaks(text: str) -> bool:
    return bool(_COMMENTATOR.search(text))


def commentator_names(text: str) -> re.Pattern[str] | None:
    """A document's commentators, introduced by name and role ("Zhao Min, a researcher at …"), as a pattern
    that finds them speaking later ("Zhao said", "said Okafor") by any part of the name."""
    names = sorted({part for m in _INTRODUCED.finditer(text) for part in re.split(r"[ -]", m.group(1)) if len(part) > 2})
    if not names:
        return None
    who = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:{who})\s+(?:said|says|told|noted|added|argued|believes|wrote)\b|\bsaid\s+(?:{who})\b")


def commentary_flags(sentences: list[tuple[int, str]], names: re.Pattern[str] | None) -> list[bool]:
    """Per sentence of a document (paragraph start, text), in order: is it a commentator's word? A sentence
    that names no speaker of its own goes on with the speaker before it in its paragraph."""
    flags: list[bool] = []
    for i, (paragraph, text) in enumerate(sentences):
        own = commentator_speaks(text) or bool(names and names.search(text))
        inherited = i > 0 and flags[-1] and sentences[i - 1][0] == paragraph and not _REPORTING.search(text)
        flags.append(own or inherited)
    return flags


def commentator_parts(text: str) -> frozenset[str]:
    """The parts of the names of the commentators a document introduces ("Zhao Min, a researcher at …")."""
    return frozenset(part for m in _INTRODUCED.finditer(text) for part in re.split(r"[ -]", m.group(1)) if len(part) > 2)
