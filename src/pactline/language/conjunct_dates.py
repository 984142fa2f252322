"""Dates of coordinated clauses: a clause with a subject of its own ("…, but the minister said on Tuesday …")
tells its own time, and a date to come in a coordinated clause is that clause's plan."""

from __future__ import annotations

from typing import Any

from pactline.language.analysis import SentenceInfo
from pactline.language.dates import DateMention, to_date


def ahead_in_conjuncts(verb: Any, sent: SentenceInfo) -> list[tuple[int, int]]:
    """ "Lula and Boric discuss tariffs and confirm a state visit in April": a date after the text's own day in a
    coordinated verb's clause dates what that verb tells (a visit to come), not the act told first."""
    issued = to_date(sent.segment.published)
    if issued is None:
        return []
    spans = [(sent.char(c.left_edge.idx), sent.char(c.right_edge.idx + len(c.right_edge.text)))
             for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return [(d.start, d.end) for d in sent.dates if any(a <= d.start < b for a, b in spans)
            and (day := to_date(d.value)) is not None and day > issued]


def own_subject(verb: Any) -> bool:
    """Whether a verb has a subject of its own ("…, and we support …"): told in another tense than the clause
    it is coordinated with ("will hold exercises this spring"), a clause with its own time."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def has_future_modal(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "'ll", "’ll") for c in verb.children)


def others_told_apart(verb: Any, sent: SentenceInfo, dates: list[DateMention]) -> list[DateMention]:
    """The dates outside clauses coordinated with the verb's that have subjects of their own ("Peru accused Chile
    last year of …, but its minister said on Tuesday …": the accusation is last year's), when any date remains;
    else ``dates`` as they are (a clause with no time of its own may take its fellow's)."""
    spans = [(sent.char(c.left_edge.idx), sent.char(c.right_edge.idx + len(c.right_edge.text)))
             for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and own_subject(c)]
    kept = [d for d in dates if not any(a <= d.start < b for a, b in spans)]
    return kept if kept else dates
