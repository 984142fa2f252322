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
        cues = sorted(data[name]["cues"], key=len, reverse=True)
        out[name] = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])")
    return out


def classify(text: str, lemmas: str = "") -> list[str]:
    """Domains whose cues occur in the text, strongest first (most cue hits)."""
    # "India-EU", "EU-Mercosur", "U.S.-Kenya": a hyphen between names separates them.
    lowered = re.sub(r"(?<=[A-Za-z.])-(?=[A-Z])|(?<=[A-Z.])-(?=[A-Za-z])", " ", text).lower()
    lemma_text = lemmas.lower()
    scores: dict[str, int] = {}
    for name, pattern in _cue_patterns().items():
        hits = len(pattern.findall(lowered)) + (len(pattern.findall(lemma_text)) if lemma_text else 0)
        if hits:
            scores[name] = hits
    ranked = sorted(scores, key=lambda n: (-scores[n], DOMAINS.index(n)))
    # "cooperation in trade and investment" is trade and investment; drop a generic politics hit when
    # a concrete domain is present ("relations" alone is weak evidence).
    if len(ranked) > 1 and "politics" in ranked and scores["politics"] == 1:
        ranked.remove("politics")
    return ranked[:4]
