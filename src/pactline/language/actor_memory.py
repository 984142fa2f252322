"""The latest named actor per segment, for the pronouns of later sentences (the event and pledge extractors
keep one each)."""

from __future__ import annotations

from typing import Any

from pactline.core.records import Actor
from pactline.language.actors import DocumentContext
from pactline.language.syntax import PRONOUNS, actor_for

Span = Any  # spaCy's Span


class ActorMemory:
    """The latest named actor per segment, for pronouns ("He also met …", "It is willing to …")."""

    def __init__(self, ctx: DocumentContext, main_clauses: bool = False) -> None:
        self.ctx = ctx
        # only subjects outside relative clauses ("the meeting, which the UN will convene"): whom a "he" goes back to
        self.main_clauses = main_clauses
        self.last: dict[str, tuple[Actor | None, list[str]]] = {}

    def observe(self, segment_id: str, sent: Span, acts: list[Any] | None = None) -> None:
        """Remember the sentence's first subject that names an actor with a country; else the doer its first
        act (of ``acts``) placed ("Minister X met the Acting Foreign Minister of Y": X is of the other side)."""
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in PRONOUNS and not (
                    self.main_clauses and tok.head.dep_ == "relcl"):
                actor, parties = actor_for(tok, self.ctx, None)
                if actor is not None and parties:
                    self.last[segment_id] = (actor, parties)
                    return
        doer = acts[0].source_actor if acts else None
        if doer is not None and doer.country is not None and doer.role != "igo":
            self.last[segment_id] = (doer, [doer.country])

    def get(self, segment_id: str) -> tuple[Actor | None, list[str]] | None:
        return self.last.get(segment_id)
