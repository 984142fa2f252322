"""Would the statement judge, asked of every sentence, find the statements the cue rules miss, and at what cost?
The judge (extractors/statement_kind.py) only vetoes or settles cues; this asks it of every sentence of the lent
sets (the real-text dev set and holdouts 11-19) and prints, per threshold, how many missed labelled statements it
would propose with the right kind and how many sentences nobody labelled it would propose too.

    python benchmarks/realtext/judge_as_detector.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from pactline.core.errors import InputError  # noqa: E402
from pactline.core.options import Options  # noqa: E402
from pactline.core.records import RawDocument  # noqa: E402
from pactline.extractors import run_extractors, statement_kind  # noqa: E402
from pactline.language.analysis import analyse  # noqa: E402
from pactline.reading.prepare import prepare  # noqa: E402


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def lent_sets() -> list[tuple[Path, Path]]:
    sets = [(ROOT.parent / "shared/benchmarks/realtext-dev/corpus", ROOT / "benchmarks/realtext/labels")]
    return sets + [(d / "corpus", d / "labels") for d in sorted((ROOT / "benchmarks/holdouts").glob("holdout*"))
                   if (d / "labels" / "statements.jsonl").exists()]


def sentence_rows() -> list[tuple[list[str], list[str], dict[str, float]]]:
    """Per sentence over 30 characters: its labelled kinds, the kinds Pactline found on it, the judge's
    probabilities."""
    rows = []
    for corpus, labels in lent_sets():
        labelled = [json.loads(line) for line in open(labels / "statements.jsonl", encoding="utf-8") if line.strip()]
        for path in sorted(corpus.iterdir()):
            raw = RawDocument(source=path.name, text=path.read_text(encoding="utf-8", errors="replace"),
                              fmt=path.suffix[1:] or "txt", raw_hash="x")
            try:
                analysis = analyse(prepare(raw, Options()))
            except InputError:
                continue  # a text the reader refuses, as `pactline run` skips it
            found = [(c.kind, norm(c.evidence[0].quote)) for c in run_extractors(analysis).commitments]
            sentences = [s for s in analysis.sentences if len(s.text) > 30]
            probs = statement_kind.probabilities([s.text for s in sentences]) or []
            for sent, p in zip(sentences, probs, strict=True):
                text = norm(sent.text)
                kinds = [lab["kind"] for lab in labelled if lab["doc"] == path.stem and norm(lab["quote"]) in text]
                rows.append((kinds, [k for k, q in found if q and (q in text or text in q)], p))
    return rows


def main() -> None:
    rows = sentence_rows()
    print("sentences", len(rows))
    unlabelled = [r for r in rows if not r[0] and not r[1]]
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        for kind in ("position", "commitment"):
            missed = [r for r in rows if kind in r[0] and kind not in r[1]]
            proposed = sum(r[2][kind] >= threshold for r in missed)
            wrong = sum(r[2][kind] >= threshold for r in unlabelled)
            print(f"T={threshold} {kind}: missed labelled {len(missed)}, proposed {proposed}; "
                  f"unlabelled and unfound {len(unlabelled)}, proposed {wrong}")


if __name__ == "__main__":
    main()
