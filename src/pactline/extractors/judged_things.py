"""What a welcome says of the thing welcomed: a judgement of that thing, no pledge of anyone's.

"The minister welcomed the accord, saying that it would help the stability of the currency": the "it" of the
clause the saying participle reports is the accord welcomed; what it "would" do is the welcomer's judgement of
it (a stance told beside the welcome), no act anyone binds itself to. The verbs of welcome are
data/commitment_cues.json "welcomed_pledges" verbs."""

from __future__ import annotations

from typing import Any

from pactline.language.syntax import is_actor_head

Token = Any
_THING_PRONOUNS = ("it", "this")


def said_of_the_thing_welcomed(verb: Token) -> bool:
    """Whether the verb is told of a thing a welcome names, in a clause its saying participle reports."""
    from pactline.extractors.cue_base import cues_data, lemma

    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _THING_PRONOUNS or verb.dep_ != "ccomp":
        return False
    saying = verb.head
    if saying.tag_ != "VBG" or saying.dep_ != "advcl" or lemma(saying) not in ("say", "add", "note"):
        return False
    welcome = saying.head
    if lemma(welcome) not in cues_data()["welcomed_pledges"]["verbs"]:
        return False
    return any(c.dep_ == "dobj" and not is_actor_head(c) for c in welcome.children)
