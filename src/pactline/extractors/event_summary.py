"""Event summaries that name the actors, the action and its object: "Kenya and Indonesia upgraded relations
to a strategic partnership", not "the two sides agreed"."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.core.records import Actor

Token = Any
_SKIP_DEPS = {"nsubj", "nsubjpass", "csubj", "punct", "cc", "conj", "advcl", "relcl",
              "ccomp", "parataxis", "mark", "advmod", "npadvmod", "appos"}
_MAX_WORDS = 14


@cache
def country_names() -> dict[str, str]:
    """ISO code -> short English name (the common name where pycountry has one)."""
    import pycountry

    return {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


def party_names(codes: list[str]) -> str:
    names = [country_names().get(c, c) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _who(source: Actor | None, parties: list[str], target: Actor | None) -> str:
    """The doer as a reader names it: a named country or person, else the parties ("the two sides" ->
    "Kenya and Indonesia"); nobody when only the target is known."""
    if source is not None and source.country:
        return source.name
    if source is None:
        return ""
    target_code = target.country if target else None
    doers = [p for p in parties if p != target_code] or parties
    if doers:
        return party_names(doers)
    return source.name if source is not None else "?"


def _action(verb: Token) -> str:
    """The verb with its object and complements, without nested clauses, dates or asides, in text order."""
    keep = [verb]
    for child in verb.children:
        if child.dep_ in _SKIP_DEPS:
            continue
        if child.dep_ == "prep" and any(g.like_num for g in child.subtree):
            continue  # "on 9 September": the date is a field of its own
        keep.extend(t for t in child.subtree if t.dep_ not in ("relcl", "appos") and t.pos_ != "PUNCT")
    keep = sorted(set(keep), key=lambda t: t.i)
    # Auxiliaries and negation keep the tense and polarity: "will host", "did not sign".
    words = [t.text for t in keep if t.i >= verb.i or t.dep_ in ("aux", "auxpass", "neg", "prt")]
    return " ".join(words[:_MAX_WORDS])


def summarise(source: Actor | None, verb: Token, target: Actor | None, parties: list[str], planned: bool = False,
              subject: Token | None = None) -> str:
    """ "<actors> <verb and object> (<target>)"; a planned act reads "planned: …". A nominal act without a
    known doer is told by its noun phrase ("drone strikes on Iraq killed four people")."""
    from pactline.language.syntax import noun_phrase, subject_of

    who = _who(source, parties, target)
    if subject is not None and subject.pos_ in ("VERB", "AUX"):
        subject = subject_of(subject)  # a verb anchor's own phrase would repeat the action
    if subject is not None and source is None:
        who = noun_phrase(subject).text
    if verb.pos_ in ("VERB", "AUX"):
        what = _action(verb)
    else:
        what = verb.text  # a nominal event: "visit", "strikes"
    text = f"{who} {what}".strip()
    if target is not None and target.country and target.name not in text and country_names().get(target.country, "") not in text:
        text += f" ({target.name})"
    return ("planned: " + text) if planned else text
