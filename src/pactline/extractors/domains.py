"""Domains: classify a clause into the contract's commitment domains from the cue words in data/domains.json."""

from __future__ import annotations

import re
from functools import cache

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
