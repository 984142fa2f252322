"""Fit the event-type classifier on data/event_exemplars.tsv and store its weights in
data/event_classifier.json (run after editing the exemplars; the same file always gives the same weights).

    python scripts/train_event_classifier.py [--check]

--check fits on all but every fifth exemplar and prints the accuracy on the held-out fifth.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.extractors import event_types  # noqa: E402


def check() -> None:
    from sklearn.linear_model import LogisticRegression

    from pactline.language.embeddings import encode

    pairs = event_types.exemplars()
    vectors = encode([s for _label, s in pairs])
    labels = [label for label, _s in pairs]
    held = [i for i in range(len(pairs)) if i % 5 == 0]
    train = [i for i in range(len(pairs)) if i % 5]
    clf = LogisticRegression(C=event_types._C, max_iter=2000).fit(vectors[train], [labels[i] for i in train])
    predicted = clf.predict(vectors[held])
    right = sum(p == labels[i] for p, i in zip(predicted, held, strict=True))
    print(f"held-out exemplars: {right}/{len(held)} right")
    for p, i in zip(predicted, held, strict=True):
        if p != labels[i]:
            print(f"  {labels[i]:<9} got {p:<9} {pairs[i][1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        check()
        return
    model, digest = event_types.fit()
    out = ROOT / "src" / "pactline" / "data" / event_types.WEIGHTS
    out.write_text(event_types.weights_json(model, digest) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(model.classes)} classes, exemplars {digest}")


if __name__ == "__main__":
    main()
