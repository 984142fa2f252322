"""A learned event detector and PLOVER typer: logistic regression over sentence vectors, trained on the
exemplar sentences of data/event_exemplars.tsv (written for that file, about many countries).

Verb lists miss wording nobody listed ("inked a package of accords", "drone strikes on X killed"); the
vector of a clause carries its meaning whatever the words. Two models are fitted on the same exemplars: one
over the bundled MiniLM's embeddings (the one that decides), one over static vectors distilled from the
same weights (a cheap screen: see ``classify``). Their fitted weights are kept in data/event_classifier.json
(written by scripts/train_classifiers.py); when that file is missing or was fitted on other exemplars or
vectors, the model is fitted at first use, deterministically (lbfgs, no sampling).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors import learned_model
from pactline.extractors.learned_model import LinearModel as Model

EXEMPLARS = "event_exemplars.tsv"
WEIGHTS = "event_classifier.json"
NONE = "NONE"
_C = 10.0  # inverse regularisation: exemplars are few, so the weights are kept moderate
# A sentence where the verb patterns coded an event is embedded for a second type only when the static
# model gives some other type at least this probability (the MiniLM model needs 0.6 for a second event).
SECOND_SCREEN = 0.05

__all__ = ["EXEMPLARS", "NONE", "WEIGHTS", "Model", "classify", "exemplar_digest", "exemplars", "fit", "model"]


def exemplars() -> list[tuple[str, str]]:
    """(type, sentence) pairs of the exemplar file, comments skipped."""
    return learned_model.read_exemplars(EXEMPLARS)


def exemplar_digest(encoder: str = "minilm") -> str:
    """Names the exemplars and the vectors the stored weights must have been fitted on."""
    return learned_model.digest(exemplars(), encoder)


def fit(encoder: str = "minilm") -> tuple[Model, str]:
    """Fit the classifier on the exemplars; the same file always gives the same weights."""
    return learned_model.fit(exemplars(), _C, encoder), exemplar_digest(encoder)


@cache
def model(encoder: str = "minilm") -> Model:
    """The stored weights when they were fitted on the current exemplars and vectors; else fitted now."""
    return learned_model.load(WEIGHTS, encoder, exemplar_digest(encoder)) or fit(encoder)[0]


def _best(m: Model, rows: Any) -> list[tuple[str, float]]:
    return [(m.classes[int(row.argmax())], float(row.max())) for row in m.probabilities(rows)]


def classify(texts: list[str], coded: list[frozenset[str]] | None = None) -> list[tuple[str, float]]:
    """The most probable type of each text ("NONE" when it reports no event) with its probability, by the
    MiniLM model. ``coded`` holds, per text, the types the verb patterns already found there: such a
    sentence is embedded only when the static model gives some other type at least SECOND_SCREEN (a second
    event is rare; README "Choosing the encoder" has the measurements)."""
    if not texts:
        return []
    coded = coded or [frozenset()] * len(texts)
    out: list[tuple[str, float]] = [(NONE, 1.0)] * len(texts)
    exact = [i for i, found in enumerate(coded) if not found]
    second = [i for i, found in enumerate(coded) if found]
    if second:
        static = model("static")
        rows = static.probabilities(learned_model.vectors([texts[i] for i in second], "static"))
        others = [[p for label, p in zip(static.classes, row, strict=True) if label != NONE and label not in coded[i]]
                  for i, row in zip(second, rows, strict=True)]
        exact += [i for i, probs in zip(second, others, strict=True) if max(probs, default=0.0) >= SECOND_SCREEN]
        exact.sort()
    for i, best in zip(exact, _best(model("minilm"), learned_model.vectors([texts[i] for i in exact], "minilm")),
                       strict=True):
        out[i] = best
    return out
