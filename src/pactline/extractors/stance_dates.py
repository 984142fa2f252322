"""The date a stance's sentence gives to the act the stance is about, not to the stance itself.

"The ministers welcomed the signing in March 2021 of the fisheries accord", "welcomed the entry into force of the
treaty last year": the parser hangs the date on the verb of welcome, but it dates the act the object names; the
welcome is the report's own. The act nouns are data/commitment_cues.json "dated_acts_welcomed"."""

from __future__ import annotations

from functools import cache
from typing import Any

Token = Any


@cache
def _act_nouns() -> frozenset[str]:
    from pactline.extractors.cue_base import cues_data

    return frozenset(cues_data()["dated_acts_welcomed"]["nouns"])


def dates_the_object(cue: Any, mention: Any, sent: Any) -> bool:
    """Whether the date mention, told after the stance verb's object that names an act, dates that act."""
    if cue.kind != "position" or cue.token.pos_ not in ("VERB", "AUX"):
        return False
    obj = next((c for c in cue.token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _act_nouns():
        return False
    inside = [t for t in sent.span if mention.start <= sent.char(t.idx) < mention.end]
    return bool(inside) and inside[0].i > obj.i
