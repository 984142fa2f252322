"""How much of a score is the set and how much is the change: resample a scored set's documents.

One unseen set holds about 16 documents, so its figures carry the luck of which documents it holds. This
script reads the --json files of ``score.py`` (their per-document counts, kept without document names) and
resamples documents with replacement:

    python benchmarks/realtext/bootstrap.py A.json            # spread of A's figures over its documents
    python benchmarks/realtext/bootstrap.py A.json B.json     # the change A -> B on the same labels, paired

It prints, for strict event recall, commitment recall and position recall, the figure, its bootstrap standard
deviation and the 5–95 % interval (for two files: of the change, each resample taking the same documents from
both, so the documents' own difficulty cancels).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
from pathlib import Path

FIGURES = {  # name -> (path to the per-document counts, index of the hits in each row)
    "strict event recall": (("events", "per_document"), 2),
    "event recall": (("events", "per_document"), 1),
    "commitment recall": (("statements", "commitment", "per_document"), 1),
    "position recall": (("statements", "position", "per_document"), 1),
}


def rows(figures: dict, path: tuple[str, ...]) -> list[list[int]]:
    for key in path:
        figures = figures[key]
    return figures


def spread(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    return statistics.pstdev(samples), ordered[len(ordered) // 20], ordered[len(ordered) * 19 // 20]


def resample(a: list[list[int]], b: list[list[int]] | None, hit: int, n: int, seed: int) -> list[float]:
    rnd, out = random.Random(seed), []
    for _ in range(n):
        pick = [rnd.randrange(len(a)) for _ in a]
        total = sum(a[i][0] for i in pick) or 1
        value = sum(a[i][hit] for i in pick) / total
        if b is not None:
            value = sum(b[i][hit] for i in pick) / total - value
        out.append(value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?")
    parser.add_argument("--n", type=int, default=2000, help="resamples (default 2000)")
    args = parser.parse_args()
    a = json.loads(args.before.read_text(encoding="utf-8"))
    b = json.loads(args.after.read_text(encoding="utf-8")) if args.after else None
    for name, (path, hit) in FIGURES.items():
        ra = rows(a, path)
        rb = rows(b, path) if b is not None else None
        if rb is not None and [r[0] for r in rb] != [r[0] for r in ra]:
            raise SystemExit(f"{name}: the two files were not scored on the same labels")
        total = sum(r[0] for r in ra) or 1
        value = sum(r[hit] for r in ra) / total
        if rb is not None:
            value = sum(r[hit] for r in rb) / total - value
        sd, low, high = spread(resample(ra, rb, hit, args.n, seed=0))
        sign = "+" if rb is not None else ""
        what = "change" if rb is not None else "figure"
        print(f"{name:22} {what} {value:{sign}.3f}  bootstrap SD {sd:.3f}  5–95 % [{low:{sign}.3f}, {high:{sign}.3f}]"
              f"  ({len(ra)} documents)")


if __name__ == "__main__":
    main()
