"""A stance told ahead: a verb of stating a stance under a modal is that stance, no act one binds oneself to.

"The Secretary will underscore that the proposal would bring a ceasefire", "he will also reaffirm the country's
commitment to Qatar's security", "would keep demanding that each detainee go free", "will urge Kenya to
press the rebels": a preview of what a party will say states its stance. "will reaffirm its commitment to build the
plant" restates a pledge (an act under the pledge noun) and stays one. The verbs are data/commitment_cues.json
"stances_told_ahead"."""

from __future__ import annotations

from typing import Any

Token = Any


def stance_told_ahead(tok: Token, act: Token | None) -> str | None:
    """The stance's modality when the modal's verb (or the verb it continues) states a stance, else None."""
    from pactline.extractors.cue_base import cues_data, lemma

    data = cues_data()["stances_told_ahead"]
    verb = act if act is not None and lemma(tok) in data["continuing"] else tok
    modality = data["verbs"].get(lemma(verb))
    if modality is None:
        return None
    if lemma(verb) in data["need_prep"] and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")
                                                    for c in verb.children):
        return None  # ("will call elections")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(t.tag_ in ("VB", "VBG") and t.dep_ in ("xcomp", "acl", "pcomp") for o in objects for t in o.subtree):
        return None  # "will reaffirm its commitment to build the plant": the pledge restated
    return modality
