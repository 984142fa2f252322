"""A joint body named by its acronym ("the 4th Session of the JPC") after the text spelt it out ("the Joint
Permanent Commission (JPC)"): the acronym names the body the spelt-out name's last word does."""

from __future__ import annotations

from typing import Any

Token = Any


def is_body(token: Token, body_words: frozenset[str]) -> bool:
    """ "the commission", or "the JPC" after "the Joint Permanent Commission (JPC)"."""
    from pactline.extractors.cue_base import lemma

    return lemma(token) in body_words or body_acronym(token, body_words)


def body_acronym(token: Token, body_words: frozenset[str]) -> bool:
    """The token is an acronym the text spelt out as a name ending in a body word (data: joint_bodies)."""
    name = token.doc.user_data.get("acronyms", {}).get(token.text)
    if not name:
        return False
    last = name.split()[-1].lower()
    return last in body_words or last.rstrip("s") in body_words
