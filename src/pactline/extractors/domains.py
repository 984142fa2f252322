"""Domains: classify a clause into the contract's commitment domains from the cue words in data/domains.json."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab

DOMAINS = (
    "politics", "multilateral", "institutional", "trade", "investment", "finance", "industry", "agriculture",
    "energy", "transport", "digital", "science_tech", "security", "emergency", "environment", "health",
    "culture", "education", "subnational", "development", "consular",
)


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    data = vocab.load("domains.json")["domains"]
    out = {}
    for name in DOMAINS:
        # The cues longest first, written as a trie (the same matches, several times faster).
        out[name] = re.compile(r"(?<![\w-])(?:" + vocab.alternation(data[name]["cues"]) + r")(?![\w-])")
    return out


def classify(text: str, lemmas: str = "") -> list[str]:
    """Domains whose cues occur in the text, strongest first (most cue hits)."""
    # "India-EU", "EU-Mercosur", "U.S.-Kenya": a hyphen between names separates them.
    lowered = re.sub(r"(?<=[A-Za-z.])-(?=[A-Z])|(?<=[A-Z.])-(?=[A-Za-z])", " ", text).lower()
    lemma_text = lemmas.lower()
    scores: dict[str, int] = {}
    for source in (lowered, lemma_text):
        if not source:
            continue
        found = [(m.start(), m.end(), name) for name, pattern in _cue_patterns().items() for m in pattern.finditer(source)]
        for start, end, name in found:
            # "satellite city" (industry) is no satellite (science): a cue inside a longer cue of another domain
            if not any(s <= start and end <= e and e - s > end - start and n != name for s, e, n in found):
                scores[name] = scores.get(name, 0) + 1
    ranked = sorted(scores, key=lambda n: (-scores[n], DOMAINS.index(n)))
    # "cooperation in trade and investment" is trade and investment; drop a generic politics hit when
    # a concrete domain is present ("relations" alone is weak evidence).
    if len(ranked) > 1 and "politics" in ranked and scores["politics"] == 1:
        ranked.remove("politics")
    return ranked[:4]


@cache
def _meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    data = vocab.load("domains.json")["meeting_pledges"]
    return frozenset(data["verbs"]), frozenset(data["nouns"])


def _holds_a_meeting(verb: Any, nouns: frozenset[str]) -> bool:
    """ "hold the next summit", "the session will be convened", "will take place" said of a session, "the
    ministers will meet" (no object: "meet the targets" is no meeting)."""
    word = verb.lemma_.lower()
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if word == "meet":
        return not any(c.dep_ == "dobj" for c in verb.children)
    if word == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in named)
    return any(c.lemma_.lower() in nouns and c.dep_ != "nsubj" for c in named)


def meeting_first(domains: tuple[str, ...], clause: list[Any]) -> tuple[str, ...]:
    """The clause's domains with "institutional" first where its pledge is to hold a meeting of a series
    ("agreed to convene the joint commission … to expand trade": the meeting is the pledge)."""
    verbs, nouns = _meeting_words()
    if not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs and _holds_a_meeting(t, nouns) for t in clause[:8]):
        return domains
    return ("institutional", *[d for d in domains if d not in ("institutional", "politics")])[:4]


def with_document_topic(records: list[Any]) -> list[Any]:
    """A stance or pledge whose sentence names no field ("calls on Japan to stop the discharge", "rejected the
    decision") is political and about what the document is about: it keeps "politics" and gains the field most
    of the document's other statements name (none when they name none)."""
    named = [r.domains[0] for r in records if r.domains and r.domains[0] != "politics" and classify(r.evidence[0].quote)]
    if not named:
        return records
    counts: dict[str, int] = {}
    for name in named:
        counts[name] = counts.get(name, 0) + 1
    topic = max(counts, key=lambda n: (counts[n], -named.index(n)))
    for record in records:
        if record.domains == ["politics"] and not classify(record.evidence[0].quote):
            record.domains = ["politics", topic]
    return records
