"""What a stance verb's clause holds beside a pledge cue inside it: a norm for a thing ("stressed that the dispute
must be settled peacefully") is the stance's content, no pledge; a judgement in a first reported clause stands
beside a pledge in a further one ("said the raid violated the treaty and that Lima would recall its envoy").

Reads the dependency parse and data/commitment_cues.json (through cue_vocab.tables) only.
"""

from __future__ import annotations

from pactline.extractors.clause_edges import second_content
from pactline.extractors.cue_base import Cue, lemma
from pactline.extractors.cue_shapes import clause_judges
from pactline.extractors.cue_vocab import tables


def normative_content(cue: Cue) -> bool:
    """ "emphasised that disputes should be resolved peacefully", "stressed that the crisis must be settled through
    dialogue": what should or must be done to a thing, told under a stance verb (not one of agreeing or deciding),
    is what the stance holds; no project is announced."""
    if cue.modality != "should" or cue.token.dep_ not in ("ccomp", "conj"):
        return False
    clause = cue.token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "stressed that A must be kept and that B should be settled": the first clause
    if clause.dep_ != "ccomp":
        return False
    t, frame = tables(), lemma(clause.head)
    return frame in t["position_verbs"] and frame not in t["commit_verbs"]


def stance_beside(stance: Cue, pledge: Cue) -> bool:
    """A pledge in a further content clause of a stance verb ("stressed that A and B are rivals, and that A will keep
    investing"); of a verb of saying only when its first clause judges ("said the raid gravely violated the treaty and
    that Lima would recall its envoy"): the stance stands beside the pledge."""
    first = second_content(pledge.token, stance.token)
    return first is not None and (stance.modality != "believe" or clause_judges(first, tables()))
