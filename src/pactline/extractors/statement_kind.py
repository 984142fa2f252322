"""Commitment, position or neither, learned where the rules run out.

A logistic regression over the bundled MiniLM's sentence embeddings, trained deterministically on the
exemplar sentences in data/statement_exemplars.tsv, with a twin over static vectors distilled from the same
weights that screens out the sentences it clearly does not veto; the weights of both are stored in
data/statement_classifier.json (scripts/train_classifiers.py), so nothing is fitted at run time. The rules in
cues.py find a cue; this model only vetoes a cue the sentence as a whole does not bear out (a schedule item, narrative of the past, an analyst's
remark), and settles the kind of a cue the rules cannot decide alone (a restated stance or pledge).
Without the embedding packages the rules stand alone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from pactline.core.records import Commitment
from pactline.extractors import learned_model

KINDS = ("commitment", "neither", "position")
NEITHER_VETO = 0.78  # drop a weak pledge cue when the sentence reads as neither at least this surely
NEITHER_VETO_STANCE = 0.85  # stances are vetoed only when the model is surer: their verbs say more
KIND_SWITCH = 0.75  # let the model settle an ambiguous cue's kind only when it is this sure
AMBIGUOUS = {"support"}  # "supports the construction of" (pledge) vs "supports the settlement" (stance)
# Cues that name the act of binding oneself ("agreed to", "pledged to", "is ready to", a threat) are never vetoed;
# nor is a feeling or view expressed ("expressed hope that …"; its courtesies, thanks or condolences, the rules drop).
STRONG = {"agree", "pledge", "commit", "willing", "goal", "negotiate", "condemn", "oppose", "threaten", "express"}


EXEMPLARS = "statement_exemplars.tsv"
WEIGHTS = "statement_classifier.json"
_C = 4.0


def exemplars() -> list[tuple[str, str]]:
    """(kind, sentence) pairs from the data file; '#' lines are comments."""
    return learned_model.read_exemplars(EXEMPLARS)


# A sentence the static model gives less than this probability of "neither" is not embedded: the MiniLM
# model would not veto it (README "Choosing the encoder": the least static score of a sentence MiniLM vetoed
# was 0.299 on thirteen benchmark sets, none of the 87 between 0.20 and 0.25 was). Sentences with an
# ambiguous cue always are.
NEITHER_SCREEN = 0.25
# Measured for these weights (exemplar digests); other weights fall back to the former screen, 0.2, until
# scripts/measure_screens.py is run on the lent sets again (event_types.MEASURED_ON likewise).
MEASURED_ON = {"minilm": "217bfbe895dba127", "static": "7c079081c5ec4855"}


def exemplar_digest(encoder: str = "minilm") -> str:
    """Names the exemplars and the vectors the stored weights must have been fitted on."""
    return learned_model.digest(exemplars(), encoder)


def fit(encoder: str = "minilm") -> tuple[learned_model.LinearModel, str]:
    """Fit the judge on the exemplars; the same file always gives the same weights."""
    return learned_model.fit(exemplars(), _C, encoder), exemplar_digest(encoder)


@cache
def _model(encoder: str = "minilm") -> learned_model.LinearModel | None:
    """The stored weights when they were fitted on the current exemplars and vectors; else fitted now (None
    when scikit-learn, needed only for fitting, is missing)."""
    stored = learned_model.load(WEIGHTS, encoder, exemplar_digest(encoder))
    if stored is not None:
        return stored
    try:
        return fit(encoder)[0]
    except ImportError:
        return None


def probabilities(sentences: list[str], encoder: str = "minilm") -> list[dict[str, float]] | None:
    """Per sentence, the probability of each kind; None when the model cannot be loaded."""
    model = _model(encoder)
    if model is None or not sentences:
        return None if model is None else []
    rows = model.probabilities(learned_model.vectors(sentences, encoder))
    return [dict(zip(model.classes, (float(p) for p in row), strict=True)) for row in rows]


@cache
def screen_value() -> float:
    """NEITHER_SCREEN for the weights it was measured on, else the former 0.2."""
    return NEITHER_SCREEN if learned_model.measured_on(exemplars(), MEASURED_ON) else 0.2


def _to_embed(records: list[Commitment]) -> list[str]:
    """The sentences whose records the MiniLM model may change: a cue it may veto or settle, unless the
    static model finds the sentence clearly not "neither" and no cue on it is ambiguous."""
    judged = [r for r in records if _judged(r)]
    sentences = list(dict.fromkeys(r.evidence[0].quote for r in judged))
    ambiguous = {r.evidence[0].quote for r in judged if r.modality in AMBIGUOUS}
    screen = [s for s in sentences if s not in ambiguous]
    static = probabilities(screen, "static") or []
    clear = {s for s, p in zip(screen, static, strict=True) if p["neither"] < screen_value()}
    return [s for s in sentences if s not in clear]


def judge(records: list[Commitment], listed: frozenset[str] = frozenset()) -> list[Commitment]:
    """Records the sentence bears out, with the kind settled where the cue left it open; an item of a list
    under a binding lead-in ("Ghana and Peru will:") is borne out by the lead-in, which the model never sees."""
    kept = [r for r in records if r.id in listed]
    records = [r for r in records if r.id not in listed]
    return kept + _judged_records(records) if kept else _judged_records(records)


def _judged_records(records: list[Commitment]) -> list[Commitment]:
    sentences = _to_embed(records)
    if not sentences:
        return records
    probs = probabilities(sentences)
    if probs is None:
        return records
    by_sentence = dict(zip(sentences, probs, strict=True))
    # A sentence that reads as a pledge because another of its clauses is one ("agreed to raise trade by 2030,
    # and both presidents backed the swift conclusion of …") says nothing of the kind of this clause.
    kinds = {(r.evidence[0].quote, r.kind, r.id) for r in records}
    out = []
    for record in records:
        p = by_sentence.get(record.evidence[0].quote)
        if p is None or not _judged(record):
            out.append(record)  # a strong cue, or a sentence the screen found clear
            continue
        veto = NEITHER_VETO if record.kind == "commitment" else NEITHER_VETO_STANCE
        if p["neither"] >= veto and record.modality not in STRONG:
            continue
        other = "position" if record.kind == "commitment" else "commitment"
        told = any(q == record.evidence[0].quote and k == other and i != record.id for q, k, i in kinds)
        if record.modality in AMBIGUOUS and p[other] >= KIND_SWITCH and not told:
            record = replace(record, kind=other, deadline=record.deadline if other == "commitment" else None)
        out.append(record)
    return out


def _judged(record: Commitment) -> bool:
    """Whether the model can change the record: a cue it may veto, or one whose kind it may settle (a strong
    cue that is not ambiguous is never vetoed nor switched)."""
    return record.modality not in STRONG or record.modality in AMBIGUOUS
