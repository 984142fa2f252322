"""Speed and memory benchmark of the default configuration (a script that prints figures, not a timed test).

Runs exactly what `pactline run` runs by default (embeddings on; flags here only switch things off) and
prints, all measured in this one invocation so their ratios hold on a busy machine:

- `pactline run` of the five seed documents into a new database, as a user types it (a fresh process);
- a full run of N generated documents (benchmarks/generate_corpus.py): documents/s, each stage's seconds and
  share (ingest+clean, parse, extract, embed, store, link; worker stages summed over the workers), the
  peak RSS of every process (calling process and each worker);
- a full relink of that store, a re-run on the unchanged corpus (its share of the first run), and a run that
  adds 10 new documents (its share of the full link time);
- optionally the same run in one process (--compare-single), for the speed-up of the workers;
- the bare spaCy parse of the same texts (all components, one process): the floor a pipeline that parses
  everything cannot beat, with the run's ratio to it.

    python benchmarks/speed.py --n 1000 --workers 2 [--compare-single] [--no-embeddings]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_corpus import generate  # noqa: E402

from pactline.core import timing  # noqa: E402
from pactline.core.options import Options  # noqa: E402
from pactline.run.pipeline import RunReport, run  # noqa: E402
from pactline.store.database import Store  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def time_seeds(work: Path, seeds: Path, embeddings: bool) -> None:
    """`pactline run SEEDS --db NEW` in a fresh process: what a user waits for on a small run."""
    db = work / "seeds.duckdb"
    command = [sys.executable, "-m", "pactline", "run", str(seeds), "--db", str(db), "--quiet"]
    if not embeddings:
        command.append("--no-embeddings")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    t = time.perf_counter()
    child = subprocess.Popen(command, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t
    child.returncode = os.waitstatus_to_exitcode(status)
    print(f"seeds: `pactline run` of {len(list(seeds.glob('*.txt')))} documents into a new database: {wall:.1f} s wall "
          f"(exit {child.returncode}, peak RSS {usage.ru_maxrss / 1024:.0f} MB)")


def print_run(report: RunReport, total: float, n_docs: int, words: int, workers: int) -> None:
    print(f"full run: {total:.1f} s → {n_docs / total:.1f} documents/s, {words / total:.0f} words/s "
          f"({workers} worker process{'es' if workers > 1 else ''}; {report.links} links)")
    spent = report.stage_seconds
    accounted = sum(spent.values()) or 1.0
    print("  stage          seconds  share   (worker stages summed over workers; shares of all accounted time)")
    for name in timing.STAGES:
        print(f"  {name:<13}{spent.get(name, 0.0):>9.1f}  {100 * spent.get(name, 0.0) / accounted:>4.0f} %")
    print(f"  embedding step: {100 * spent.get('embed', 0.0) / total:.1f} % of the run's wall time")
    peaks = ", ".join(f"{name} {mb:.0f} MB" for name, mb in sorted(report.peak_rss_mb.items()))
    print(f"  peak RSS per process: {peaks}; all together ≤ {sum(report.peak_rss_mb.values()):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-embeddings", action="store_true", help="switch embeddings off (not the default)")
    parser.add_argument("--compare-single", action="store_true", help="also time the run in one process")
    parser.add_argument("--skip-floor", action="store_true", help="do not time the bare spaCy parse")
    parser.add_argument("--skip-seeds", action="store_true", help="do not time `pactline run` of the seeds")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the seed documents")
    parser.add_argument("--keep", type=Path, help="keep corpus and database in this folder")
    args = parser.parse_args()
    embeddings = not args.no_embeddings

    work = args.keep or Path(tempfile.mkdtemp(prefix="pactline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; configuration: default{'' if embeddings else ' but --no-embeddings'}")
    if not args.skip_seeds and args.seeds.exists():
        (work / "seeds.duckdb").unlink(missing_ok=True)
        time_seeds(work, args.seeds, embeddings)
    corpus = work / f"corpus-{args.n}"
    if not corpus.exists():
        generate(corpus, args.n)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {words} words")

    db = work / f"bench-{args.n}.duckdb"
    db.unlink(missing_ok=True)
    options = Options(embeddings=embeddings, workers=args.workers)
    t = time.perf_counter()
    report = run([str(corpus)], db, options)
    total = time.perf_counter() - t
    assert not report.skipped, report.skipped[:3]
    print_run(report, total, len(texts), words, args.workers)

    t = time.perf_counter()
    with Store(db) as store:
        from pactline.link.stage import link_store

        links = link_store(store, options, full=True)
    relink = time.perf_counter() - t
    print(f"full relink (`pactline relink`): {relink:.1f} s ({links} links; vectors from the store's cache)")

    t = time.perf_counter()
    again = run([str(corpus)], db, options)
    rerun = time.perf_counter() - t
    print(f"re-run on unchanged corpus: {rerun:.2f} s = {100 * rerun / total:.1f} % of the first run "
          f"(stored {len(again.stored)}, unchanged {len(again.unchanged)})")

    update = work / "update-10"
    if not update.exists():
        generate(update, 10, seed=11)  # ten new documents, as a daily update brings
    t = time.perf_counter()
    added = run([str(update)], db, options)
    took = time.perf_counter() - t
    print(f"adding 10 documents to the store: {took:.1f} s = {100 * took / relink:.0f} % of the full link time "
          f"(stored {len(added.stored)}; link stage {added.stage_seconds.get('link', 0) + added.stage_seconds.get('embed', 0):.1f} s)")

    if args.compare_single and args.workers > 1:
        single_db = work / f"bench-{args.n}-single.duckdb"
        single_db.unlink(missing_ok=True)
        t = time.perf_counter()
        single = run([str(corpus)], single_db, Options(embeddings=embeddings, workers=1))
        single_total = time.perf_counter() - t
        print(f"single process: {single_total:.1f} s → {len(texts) / single_total:.1f} documents/s; "
              f"{args.workers} workers are {single_total / total:.2f} × faster ({single.links} links)")

    if not args.skip_floor:
        # Loaded only now, so the run's peak memory is the pipeline's own.
        import importlib

        from pactline.language.analysis import MODEL_NAME

        nlp = importlib.import_module(MODEL_NAME).load()  # the stock pipeline, as a plain user would run it
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        floor = time.perf_counter() - t
        print(f"bare spaCy parse (all components, 1 process): {floor:.1f} s = {len(texts) / floor:.1f} documents/s "
              f"→ pipeline/parse ratio {total / floor:.2f} (run {len(texts) / total:.1f} documents/s)")
    with Store(db, read_only=True) as store:
        print("records:", store.counts())
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
