"""Commitment, position or neither, learned where the rules run out.

A logistic regression over the bundled MiniLM sentence embeddings, trained (deterministically, at first use)
on the exemplar sentences in data/statement_exemplars.tsv. The rules in cues.py find a cue; this model only
vetoes a cue the sentence as a whole does not bear out (a schedule item, narrative of the past, an analyst's
remark), and settles the kind of a cue the rules cannot decide alone (a restated stance or pledge).
Without the embedding packages the rules stand alone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from pactline.core.records import Commitment

KINDS = ("commitment", "neither", "position")
NEITHER_VETO = 0.7  # drop a weak pledge cue when the sentence reads as neither at least this surely
NEITHER_VETO_STANCE = 0.85  # stances are vetoed only when the model is surer: their verbs say more
KIND_SWITCH = 0.75  # let the model settle an ambiguous cue's kind only when it is this sure
AMBIGUOUS = {"support"}  # "supports the construction of" (pledge) vs "supports the settlement" (stance)
# Cues that name the act of binding oneself ("agreed to", "pledged to", "is ready to") are never vetoed.
STRONG = {"agree", "pledge", "commit", "willing", "goal", "negotiate", "condemn", "oppose"}


def exemplars() -> list[tuple[str, str]]:
    """(kind, sentence) pairs from the data file; '#' lines are comments."""
    text = resources.files("pactline.data").joinpath("statement_exemplars.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, sentence = line.split("\t", 1)
        out.append((kind.strip(), sentence.strip()))
    return out


@cache
def _model() -> Any | None:
    try:
        from sklearn.linear_model import LogisticRegression

        from pactline.language.embeddings import encode
    except ImportError:
        return None
    pairs = exemplars()
    vectors = encode([s for _k, s in pairs])
    classifier = LogisticRegression(C=4.0, max_iter=2000)
    classifier.fit(vectors, [k for k, _s in pairs])
    return classifier


def probabilities(sentences: list[str]) -> list[dict[str, float]] | None:
    """Per sentence, the probability of each kind; None when the model cannot be loaded."""
    classifier = _model()
    if classifier is None or not sentences:
        return None if classifier is None else []
    from pactline.language.embeddings import encode

    rows = classifier.predict_proba(encode(sentences))
    return [dict(zip(classifier.classes_, (float(p) for p in row), strict=True)) for row in rows]


def judge(records: list[Commitment]) -> list[Commitment]:
    """Records the sentence bears out, with the kind settled where the cue left it open."""
    if not records:
        return records
    sentences = list(dict.fromkeys(r.evidence[0].quote for r in records))
    probs = probabilities(sentences)
    if probs is None:
        return records
    by_sentence = dict(zip(sentences, probs, strict=True))
    out = []
    for record in records:
        p = by_sentence[record.evidence[0].quote]
        veto = NEITHER_VETO if record.kind == "commitment" else NEITHER_VETO_STANCE
        if p["neither"] >= veto and record.modality not in STRONG:
            continue
        other = "position" if record.kind == "commitment" else "commitment"
        if record.modality in AMBIGUOUS and p[other] >= KIND_SWITCH:
            record = replace(record, kind=other, deadline=record.deadline if other == "commitment" else None)
        out.append(record)
    return out
