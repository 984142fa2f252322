"""What the learned classifiers share (the event typer, event_types.py; the statement judge,
statement_kind.py): a multinomial logistic regression over sentence vectors, fitted deterministically on an
exemplar file, its weights stored as package data so nothing is fitted at run time.

Stored weights name the exemplars and the vectors they were fitted on (a digest of both); when either has
changed since (new exemplars merged, the vectors distilled again) the stored weights are stale and the model
is fitted at first use, as before. scripts/train_classifiers.py writes the weights of both classifiers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def read_exemplars(name: str) -> list[tuple[str, str]]:
    """(label, sentence) pairs of a data file; blank and '#' lines skipped."""
    text = resources.files("pactline.data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            out.append((label.strip(), sentence.strip()))
    return out


ENCODERS = ("minilm", "static")  # the bundled MiniLM itself (language/embeddings.py); static vectors distilled from it


def vectors(texts: list[str], encoder: str) -> Any:
    """The classifiers' input: MiniLM sentence embeddings, or the static vectors distilled from the same
    weights (language/static_vectors.py), about 200 times cheaper."""
    if encoder == "static":
        from pactline.language.static_vectors import encode as encode_static

        return encode_static(texts)
    from pactline.language.embeddings import encode

    return encode(texts)


def digest(pairs: list[tuple[str, str]], encoder: str) -> str:
    """Names the exemplars and the vectors a model is fitted on."""
    if encoder == "static":
        from pactline.language.static_vectors import digest as vectors_digest

        named = f"static {vectors_digest()}"
    else:
        from pactline.language.embeddings import ENCODER

        named = ENCODER
    return hashlib.sha256(json.dumps([named, pairs]).encode("utf-8")).hexdigest()[:16]


def measured_on(pairs: list[tuple[str, str]], digests: dict[str, str]) -> bool:
    """Whether models fitted on ``pairs`` are those whose digests (per encoder) a measurement names."""
    return all(digest(pairs, encoder) == named for encoder, named in digests.items())


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    coef: Any  # numpy array, classes x dimensions
    intercept: Any  # numpy array, classes

    def probabilities(self, rows: Any) -> Any:
        """Softmax of the linear scores: what scikit-learn's predict_proba gives for this model."""
        import numpy as np

        scores = rows @ self.coef.T + self.intercept
        scores = scores - scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


def fit(pairs: list[tuple[str, str]], c: float, encoder: str) -> LinearModel:
    """Logistic regression (lbfgs, no sampling): the same exemplars always give the same weights."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    clf.fit(vectors([s for _label, s in pairs], encoder), [label for label, _s in pairs])
    return LinearModel(tuple(str(x) for x in clf.classes_), np.asarray(clf.coef_, dtype="float64"),
                       np.asarray(clf.intercept_, dtype="float64"))


def weights_json(models: dict[str, tuple[LinearModel, str]]) -> str:
    """One file per classifier: per encoder, the weights and what they were fitted on."""
    rows = {encoder: {"fitted_on": fitted_on, "classes": list(model.classes),
                      "intercept": [round(float(x), 6) for x in model.intercept],
                      "coef": [[round(float(x), 6) for x in row] for row in model.coef]}
            for encoder, (model, fitted_on) in models.items()}
    return json.dumps(rows, separators=(",", ":"))


@cache
def _stored(name: str) -> dict[str, Any]:
    try:
        return json.loads(resources.files("pactline.data").joinpath(name).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def load(name: str, encoder: str, fitted_on: str) -> LinearModel | None:
    """The stored weights for ``encoder`` in data file ``name`` when they were fitted on ``fitted_on``; else
    None (stale: fit again)."""
    import numpy as np

    stored = _stored(name).get(encoder)
    if not stored or stored.get("fitted_on") != fitted_on:
        return None
    return LinearModel(tuple(stored["classes"]), np.asarray(stored["coef"]), np.asarray(stored["intercept"]))
