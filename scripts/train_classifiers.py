"""Fit the learned classifiers on their exemplar files and store their weights as package data: the event
typer (data/event_exemplars.tsv -> data/event_classifier.json) and the statement judge
(data/statement_exemplars.tsv -> data/statement_classifier.json). Run after editing an exemplar file or
distilling the static vectors again; the same files always give the same weights (lbfgs, no sampling).

    python scripts/train_classifiers.py [--check]

--check fits on all but every fifth exemplar and prints the accuracy on the held-out fifth.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.extractors import event_types, learned_model, statement_kind  # noqa: E402

CLASSIFIERS = {"event typer": event_types, "statement judge": statement_kind}


def check(name: str, module, encoder: str) -> None:  # type: ignore[no-untyped-def]
    pairs = module.exemplars()
    held = [pairs[i] for i in range(len(pairs)) if i % 5 == 0]
    model = learned_model.fit([pairs[i] for i in range(len(pairs)) if i % 5], module._C, encoder)
    probs = model.probabilities(learned_model.vectors([s for _label, s in held], encoder))
    predicted = [model.classes[int(row.argmax())] for row in probs]
    right = sum(p == label for p, (label, _s) in zip(predicted, held, strict=True))
    print(f"{name}, {encoder} vectors: held-out exemplars {right}/{len(held)} right")
    for p, (label, sentence) in zip(predicted, held, strict=True):
        if p != label:
            print(f"  {label:<10} got {p:<10} {sentence}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    for name, module in CLASSIFIERS.items():
        if args.check:
            for encoder in learned_model.ENCODERS:
                check(name, module, encoder)
            continue
        models = {encoder: module.fit(encoder) for encoder in learned_model.ENCODERS}
        out = ROOT / "src" / "pactline" / "data" / module.WEIGHTS
        out.write_text(learned_model.weights_json(models) + "\n", encoding="utf-8")
        print(f"{out.relative_to(ROOT)}: {name}, {len(models['static'][0].classes)} classes, "
              f"fitted on {', '.join(f'{e} {d}' for e, (_m, d) in models.items())}")


if __name__ == "__main__":
    main()
