"""A learned event detector and PLOVER typer: logistic regression over MiniLM sentence embeddings, trained
on the exemplar sentences of data/event_exemplars.tsv (written for that file, about many countries).

Verb lists miss wording nobody listed ("inked a package of accords", "drone strikes on X killed"); the
embedding of a clause carries its meaning whatever the words. The fitted weights are kept in
data/event_classifier.json (written by scripts/train_event_classifier.py); when that file is missing or was
fitted on other exemplars, the model is fitted at first use, deterministically (lbfgs, no sampling).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

EXEMPLARS = "event_exemplars.tsv"
WEIGHTS = "event_classifier.json"
NONE = "NONE"
_C = 10.0  # inverse regularisation: exemplars are few, so the weights are kept moderate


def exemplars() -> list[tuple[str, str]]:
    """(type, sentence) pairs of the exemplar file, comments skipped."""
    text = resources.files("pactline.data").joinpath(EXEMPLARS).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            out.append((label.strip(), sentence.strip()))
    return out


def exemplar_digest() -> str:
    return hashlib.sha256(json.dumps(exemplars()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    coef: Any  # numpy array, classes x 384
    intercept: Any  # numpy array, classes

    def probabilities(self, vectors: Any) -> Any:
        import numpy as np

        scores = vectors @ self.coef.T + self.intercept
        scores = scores - scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


def fit() -> tuple[Model, str]:
    """Fit the classifier on the exemplars; the same file always gives the same weights."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from pactline.language.embeddings import encode

    pairs = exemplars()
    vectors = encode([s for _label, s in pairs])
    clf = LogisticRegression(C=_C, max_iter=2000, solver="lbfgs")
    clf.fit(vectors, [label for label, _s in pairs])
    model = Model(tuple(str(c) for c in clf.classes_), np.asarray(clf.coef_, dtype="float64"),
                  np.asarray(clf.intercept_, dtype="float64"))
    return model, exemplar_digest()


def weights_json(model: Model, digest: str) -> str:
    rows = {"exemplars": digest, "classes": list(model.classes),
            "intercept": [round(float(x), 6) for x in model.intercept],
            "coef": [[round(float(x), 6) for x in row] for row in model.coef]}
    return json.dumps(rows, separators=(",", ":"))


@cache
def model() -> Model:
    """The stored weights when they were fitted on the current exemplars; else fitted now."""
    import numpy as np

    try:
        stored = json.loads(resources.files("pactline.data").joinpath(WEIGHTS).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        stored = None
    if stored and stored.get("exemplars") == exemplar_digest():
        return Model(tuple(stored["classes"]), np.asarray(stored["coef"]), np.asarray(stored["intercept"]))
    return fit()[0]


def classify(texts: list[str]) -> list[tuple[str, float]]:
    """The most probable type of each text ("NONE" when it reports no event) with its probability."""
    if not texts:
        return []
    from pactline.language.embeddings import encode

    m = model()
    probs = m.probabilities(encode(texts))
    out = []
    for row in probs:
        best = int(row.argmax())
        out.append((m.classes[best], float(row[best])))
    return out
