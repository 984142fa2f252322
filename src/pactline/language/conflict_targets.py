"""The target of a third party's word on a conflict: "the UN envoy condemned the escalation", "the African Union
deplored the fighting" in a report of a conflict between two states are aimed at both of them."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.language.actors import DocumentContext


@cache
def _conflict_nouns() -> frozenset[str]:
    return frozenset(vocab.load("event_verbs.json")["word_lists"]["conflict_nouns"])


def conflict_between(verb: Any, ctx: DocumentContext, source_codes: list[str]) -> tuple[Actor | None, list[str]]:
    """Both sides of the text's conflict (no actor: the conflict is no one), when an outsider (no party of the text)
    is the source and the act's object is the conflict itself named by no one's side ("the recent escalation", "the
    escalation of violence", not "Sudan's escalation" nor "the escalation by Sudanese troops"); else none."""
    main = list(ctx.main_parties)
    if len(main) != 2 or not source_codes or set(source_codes) & set(main):
        return None, []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = any(t.dep_ in ("poss", "compound", "amod", "nmod") and _names_a_side(t, ctx) for t in obj.children)
        ruled_out = any(t.dep_ == "prep" and (t.lower_ not in ("of", "in", "on", "along", "near")
                                              or any(_names_a_side(g, ctx) for g in t.subtree if g.i != t.i))
                        for t in obj.children)
        if obj.lemma_.lower() in _conflict_nouns() and not named and not ruled_out:
            return None, main
    return None, []


def _names_a_side(token: Any, ctx: DocumentContext) -> bool:
    """Whether a word names a state or its people ("Sudan's", "Sudanese", "Khartoum's", "the army of Juba")."""
    from pactline.language.actors import find_countries, resolve

    if find_countries(token.text, prefer=ctx.main_parties):
        return True
    return token.pos_ == "PROPN" and bool(resolve(token.text, ctx)[1])
