"""Speed and memory benchmark of the whole pipeline (a script that prints figures, not a timed test).

Generates N realistic documents (benchmarks/generate_corpus.py), then prints: documents/s and words/s of a
full run, peak RSS, the ratio of the run's time to a bare spaCy parse of the same text (all components, one
process: the floor a pipeline that parses everything cannot beat), the time of a re-run on the unchanged
corpus, and the time of the link stage alone.

    python benchmarks/speed.py --n 1000 [--workers 2] [--embeddings]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_corpus import generate  # noqa: E402

from pactline.core.options import Options  # noqa: E402
from pactline.language.analysis import MODEL_NAME  # noqa: E402
from pactline.run.pipeline import run  # noqa: E402
from pactline.store.database import Store  # noqa: E402


def peak_rss_mb() -> tuple[float, float]:
    """(this process, the largest finished child process such as a Dask worker), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, children / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--embeddings", action="store_true", help="link with MiniLM (default: fuzzy matching)")
    parser.add_argument("--skip-floor", action="store_true", help="do not time the bare spaCy parse")
    parser.add_argument("--keep", type=Path, help="keep corpus and database in this folder")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="pactline-bench-"))
    corpus = work / f"corpus-{args.n}"
    if not corpus.exists():
        generate(corpus, args.n)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    print(f"machine: {os.cpu_count()} cores; corpus: {len(texts)} documents, {words} words")

    db = work / f"bench-{args.n}.duckdb"
    db.unlink(missing_ok=True)
    options = Options(embeddings=args.embeddings, workers=args.workers)
    t = time.perf_counter()
    report = run([str(corpus)], db, options)
    total = time.perf_counter() - t
    assert not report.skipped, report.skipped[:3]
    print(f"full run: {total:.1f} s  → {len(texts) / total:.1f} documents/s, {words / total:.0f} words/s "
          f"({args.workers} worker process{'es' if args.workers > 1 else ''})")

    t = time.perf_counter()
    with Store(db) as store:
        from pactline.link.stage import link_store

        links = link_store(store, options)
    link_time = time.perf_counter() - t
    print(f"link stage alone: {link_time:.1f} s for {len(texts)} documents ({links} links)")

    t = time.perf_counter()
    again = run([str(corpus)], db, options)
    rerun = time.perf_counter() - t
    print(f"re-run on unchanged corpus: {rerun:.2f} s = {100 * rerun / total:.1f}% of the first run "
          f"(stored {len(again.stored)}, unchanged {len(again.unchanged)})")
    own, child = peak_rss_mb()
    print(f"peak RSS: {max(own, child):.0f} MB (calling process {own:.0f} MB, largest worker process {child:.0f} MB)")

    if not args.skip_floor:
        # Loaded only now, so the run's peak memory is the pipeline's own (with workers, the calling process
        # never loads the model).
        import importlib

        nlp = importlib.import_module(MODEL_NAME).load()  # the stock pipeline, as a plain user would run it
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        floor = time.perf_counter() - t
        print(f"bare spaCy parse (all components, 1 process): {floor:.1f} s = {words / floor:.0f} words/s "
              f"→ pipeline/parse ratio {total / floor:.2f}")
    with Store(db, read_only=True) as store:
        print("records:", store.counts())
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
