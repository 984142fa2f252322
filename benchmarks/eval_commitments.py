"""Precision and recall of commitment and position recognition on the hand-labelled samples.

Samples: every sentence of the 2023 joint statement in ../shared/seeds/003 (labels stored as character
offsets into that file, no text copied) and sentences written for Pactline about other country pairs
(tests/data/labelled_sentences.tsv). A sentence is predicted 'commitment' when a commitment record's evidence
is that sentence, else 'position' when a position record's is, else 'neither'.

    python benchmarks/eval_commitments.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.core.options import Options  # noqa: E402
from pactline.core.records import RawDocument  # noqa: E402
from pactline.extractors import run_extractors  # noqa: E402
from pactline.language.analysis import analyse  # noqa: E402
from pactline.reading.prepare import prepare  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "003_aa4feba41177fa29.txt"
LABELS = ROOT / "tests" / "data" / "seed_003_joint_statement_labels.tsv"
OWN = ROOT / "tests" / "data" / "labelled_sentences.tsv"
CLASSES = ("commitment", "position")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def predict(text: str, published: str | None = None, source: str = "eval.txt") -> dict[str, str]:
    """Normalised sentence text -> predicted label, for every sentence that yielded a record."""
    doc = prepare(RawDocument(source, text, "txt", "eval", published=published), Options())
    out: dict[str, str] = {}
    for record in run_extractors(analyse(doc), names=["commitments"]).commitments:
        key = _norm(record.evidence[0].quote)
        if out.get(key) != "commitment":
            out[key] = record.kind
    return out


def seed_pairs() -> list[tuple[str, str]]:
    raw = SEED.read_text(encoding="utf-8")
    predicted = predict(raw, source=str(SEED))
    pairs = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "start")) or not line.strip():
            continue
        start, end, label = line.split("\t")
        pairs.append((label, predicted.get(_norm(raw[int(start) : int(end)]), "neither")))
    return pairs


def own_pairs() -> list[tuple[str, str]]:
    pairs = []
    for line in OWN.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        label, published, sentence = line.split("\t")
        predicted = predict(sentence, published=published)
        pairs.append((label, predicted.get(_norm(sentence), "neither")))
    return pairs


def scores(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, int]]:
    out = {}
    for cls in CLASSES:
        tp = sum(1 for gold, pred in pairs if gold == cls and pred == cls)
        fp = sum(1 for gold, pred in pairs if gold != cls and pred == cls)
        fn = sum(1 for gold, pred in pairs if gold == cls and pred != cls)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        out[cls] = (precision, recall, tp + fn)
    return out


def main() -> None:
    for name, pairs in (("seed 003 joint statement", seed_pairs()), ("own sentences, other countries", own_pairs())):
        print(f"{name}: {len(pairs)} sentences")
        for cls, (p, r, n) in scores(pairs).items():
            print(f"  {cls:<10} precision {p:.2f}  recall {r:.2f}  (gold {n})")
        misses = [(g, p) for g, p in pairs if g != p]
        print(f"  label errors: {len(misses)}")


if __name__ == "__main__":
    main()
