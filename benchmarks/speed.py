"""Speed and memory benchmark of the default configuration (a script that prints figures, not a timed test).

Runs exactly what `pactline run` runs by default (embeddings on; flags here only switch things off) and
prints, all measured in this one invocation so their ratios hold on a busy machine:

- `pactline run` of the five seed documents into a new database, as a user types it (a fresh process);
- a full run of N generated documents (benchmarks/generate_corpus.py): documents/s, each stage's seconds and
  share (ingest+clean, parse, extract, embed, store, link; worker stages summed over the workers), the
  peak RSS of every process (calling process and each worker);
- a full relink of that store, a re-run on the unchanged corpus (its share of the first run), and a run that
  adds 10 new documents (its link stage's share of the full link time), each in a fresh process (its own
  peak RSS) on a copy of the run's database; --verify compares the links after adding with a full relink;
  --keep DIR --reuse measures these on the database an earlier run left in DIR (a 10,000-document store
  takes long to build), and --grow-from DB runs the corpus into a copy of a smaller store of the same corpus
  (50,000 documents on top of the first 10,000);
- optionally the same run in one process (--compare-single), for the speed-up of the workers;
- the bare spaCy parse of the same texts (all components, one process): the floor a pipeline that parses
  everything cannot beat, with the run's ratio to it.

    python benchmarks/speed.py --n 1000 --workers 2 [--compare-single] [--no-embeddings] [--keep DIR [--reuse]] [--verify]
"""

from __future__ import annotations

import argparse
import json
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
    print(f"seeds: `pactline run` of {len(list(seeds.glob('*.txt')))} documents into a new database: {wall:.1f} s wall, "
          f"{usage.ru_utime + usage.ru_stime:.1f} s CPU (exit {child.returncode}, peak RSS {usage.ru_maxrss / 1024:.0f} MB)")


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
    cpu = ", ".join(f"{name} {s:.1f} s" for name, s in sorted(report.cpu_seconds.items()))
    print(f"  CPU per process: {cpu}; all together {sum(report.cpu_seconds.values()):.1f} s")


class TreeRss:
    """The peak of the summed resident memory of this process and all its descendants (Dask workers
    included), sampled every 0.2 s in a thread: what the run needs of the machine at its busiest moment."""

    def __enter__(self) -> TreeRss:
        import threading

        import psutil

        self.peak_mb = 0.0
        self.stop = threading.Event()
        me = psutil.Process()

        def sample() -> None:
            while not self.stop.wait(0.2):
                total = 0
                for proc in [me, *me.children(recursive=True)]:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak_mb = max(self.peak_mb, total / 2**20)

        self.thread = threading.Thread(target=sample, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


RELINK = """
import json, sys, time
from pactline.core.options import Options
from pactline.link.stage import link_store
from pactline.store.database import Store
options = Options(embeddings=sys.argv[2] == "1")
with Store(sys.argv[1], memory_limit=options.store_memory_limit) as store:
    t, cpu = time.perf_counter(), time.process_time()
    links = link_store(store, options, full=True)
print(json.dumps({"links": links, "seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu}))
"""
RUN = """
import json, sys, time
import pactline.link.stage as stage
from pactline.core.options import Options
from pactline.run.pipeline import run
link_store, cpu = stage.link_store, {"link": 0.0}
def timed(*args, **kwargs):  # the link stage's CPU seconds (all threads): steadier than wall on a busy machine
    start = time.process_time()
    try:
        return link_store(*args, **kwargs)
    finally:
        cpu["link"] += time.process_time() - start
stage.link_store = timed
t = time.perf_counter()
r = run(json.loads(sys.argv[1]), sys.argv[2], Options(embeddings=sys.argv[3] == "1", workers=int(sys.argv[4])))
print(json.dumps({"seconds": time.perf_counter() - t, "stored": len(r.stored), "unchanged": len(r.unchanged),
                  "stages": r.stage_seconds, "links": r.links, "link_cpu": cpu["link"], "cpu": r.cpu_seconds}))
"""


def child(code: str, *args: str) -> tuple[dict, float]:
    """Run a Python snippet in a fresh process: the JSON it prints last, and the peak of its (and its
    children's) summed RSS in MB, sampled every 0.2 s. (The rusage a parent gets counts the memory the child
    had when forked from this large process, before it replaced itself.)"""
    import psutil

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=out, text=True)
        me, peak = psutil.Process(proc.pid), 0.0
        while proc.poll() is None:
            try:
                peak = max(peak, sum(p.memory_info().rss for p in [me, *me.children(recursive=True)]) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.2)
        out.seek(0)
        text = out.read()
    assert proc.returncode == 0, text[-2000:]
    return json.loads(text.strip().splitlines()[-1]), peak


def grown_inputs(smaller: Path, corpus: Path) -> list[Path]:
    """The inputs of a run into a copy of ``smaller`` (bench-M.duckdb, built from corpus-M beside it): that
    folder as it was (its files unchanged, so passed over) and the corpus's documents after the first M, moved
    to a folder of their own (the generator's first M documents are corpus-M's)."""
    kept = smaller.parent / f"corpus-{smaller.stem.split('-')[-1]}"
    rest = corpus.with_name(f"{corpus.name}-after-{kept.name.split('-')[-1]}")
    first = len(list(kept.glob("*.txt")))
    if not rest.exists():
        rest.mkdir()
        for path in sorted(corpus.glob("*.txt"))[first:]:
            path.rename(rest / path.name)
    return [kept, rest]


def link_figures(db: Path, inputs: list[Path], work: Path, options: Options, total: float | None, verify: bool) -> None:
    """Full relink, re-run and adding 10 documents, each in a fresh process on a copy of the run's database
    (kept as the run left it, for --reuse); with ``verify``, the added documents' links against a full relink."""
    flag = "1" if options.embeddings else "0"
    copy = work / f"{db.stem}-work.duckdb"
    shutil.copy(db, copy)
    relinked, rss = child(RELINK, str(copy), flag)
    relink = relinked["seconds"]
    print(f"full relink (`pactline relink`): {relink:.1f} s wall, {relinked['cpu']:.1f} s CPU, peak RSS {rss:.0f} MB "
          f"({relinked['links']} links; vectors from the store's cache)")
    again, rss = child(RUN, json.dumps([str(p) for p in inputs]), str(copy), flag, str(options.workers))
    share = f" = {100 * again['seconds'] / total:.1f} % of the first run" if total else ""
    print(f"re-run on unchanged corpus: {again['seconds']:.2f} s{share} (stored {again['stored']}, "
          f"unchanged {again['unchanged']}; peak RSS {rss:.0f} MB)")
    update = work / "update-10"
    if not update.exists():
        generate(update, 10, seed=11)  # ten new documents, as a daily update brings
    added, rss = child(RUN, json.dumps([str(update)]), str(copy), flag, str(options.workers))
    linking = added["stages"].get("link", 0.0) + added["stages"].get("embed", 0.0)
    print(f"adding 10 documents to the store: link stage {linking:.2f} s wall = {100 * linking / relink:.1f} % of the "
          f"full link time, {added['link_cpu']:.2f} s CPU = {100 * added['link_cpu'] / relinked['cpu']:.1f} % of its CPU; "
          f"the whole run {added['seconds']:.1f} s (stored {added['stored']}; peak RSS {rss:.0f} MB)")
    if verify:
        full = work / f"{db.stem}-full.duckdb"
        shutil.copy(copy, full)
        child(RELINK, str(full), flag)
        same = derived_rows(copy) == derived_rows(full)
        print(f"  links, events, clusters, occasions, statuses after adding: {'identical to' if same else 'DIFFERENT from'} "
              "a full relink")
        full.unlink()


def derived_rows(db: Path) -> dict[str, str]:
    """A digest of each derived table's rows, in a canonical order."""
    import hashlib

    with Store(db, read_only=True) as store:
        return {table: hashlib.sha1("\n".join(sorted(map(repr, store.con.execute(f"SELECT * FROM {table}").fetchall())))
                                    .encode("utf-8")).hexdigest()
                for table in ("links", "event_clusters", "commitment_status", "events", "occasions", "event_counts")}


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
    parser.add_argument("--reuse", action="store_true", help="with --keep: link figures on the database an earlier "
                        "run built there (the full run is not timed again)")
    parser.add_argument("--grow-from", type=Path, help="start from a copy of this database (an earlier run on "
                        "the first documents of the same corpus: the generator's first N documents are the same)")
    parser.add_argument("--verify", action="store_true", help="compare the links after adding 10 documents with a "
                        "full relink")
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
    inputs = [corpus]
    if args.grow_from:
        inputs = grown_inputs(args.grow_from, corpus)
    texts = [p.read_text(encoding="utf-8") for folder in inputs for p in sorted(folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {words} words")

    db = work / f"bench-{args.n}.duckdb"
    options = Options(embeddings=embeddings, workers=args.workers)
    if args.reuse and db.exists():
        total = None
        print(f"full run: not timed (--reuse: {db} as an earlier run built it)")
    else:
        db.unlink(missing_ok=True)
        if args.grow_from:
            shutil.copy(args.grow_from, db)
            print(f"growing a copy of {args.grow_from}: its documents are unchanged inputs, the rest are added")
        t = time.perf_counter()
        with TreeRss() as tree:
            report = run([str(p) for p in inputs], db, options)
        total = time.perf_counter() - t
        assert not report.skipped, report.skipped[:3]
        print_run(report, total, len(report.stored), words * len(report.stored) // len(texts), args.workers)
        print(f"  peak RSS of all processes at once (sampled every 0.2 s): {tree.peak_mb:.0f} MB")
        if args.grow_from:
            total = None  # not a run of the whole corpus: no share of it is printed
    link_figures(db, inputs, work, options, total, args.verify)

    if args.compare_single and args.workers > 1 and total:
        # In a fresh process, as a user runs it: in this one the sentence vectors the workers handed back are
        # still in memory (language/embeddings.py keeps 20,000), so a second run here would encode nothing.
        single_db = work / f"bench-{args.n}-single.duckdb"
        single_db.unlink(missing_ok=True)
        single, rss = child(RUN, json.dumps([str(p) for p in inputs]), str(single_db), "1" if embeddings else "0", "1")
        single_total = single["seconds"]
        print(f"single process (a fresh one): {single_total:.1f} s → {len(texts) / single_total:.1f} documents/s, "
              f"{single['cpu']['caller']:.1f} s CPU, peak RSS {rss:.0f} MB; {args.workers} workers are "
              f"{single_total / total:.2f} × faster ({single['links']} links); CPU of all the {args.workers}-worker "
              f"run's processes / the single process's {sum(report.cpu_seconds.values()) / single['cpu']['caller']:.2f}")

    if not args.skip_floor:
        # Loaded only now, so the run's peak memory is the pipeline's own.
        import importlib

        from pactline.language.analysis import MODEL_NAME

        nlp = importlib.import_module(MODEL_NAME).load()  # the stock pipeline, as a plain user would run it
        t, cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        floor, floor_cpu = time.perf_counter() - t, time.process_time() - cpu
        run_cpu = sum(report.cpu_seconds.values())
        print(f"bare spaCy parse (all components, 1 process): {floor:.1f} s = {len(texts) / floor:.1f} documents/s "
              f"({floor_cpu:.1f} s CPU) → pipeline/parse ratio {total / floor:.2f} (run {len(texts) / total:.1f} "
              f"documents/s); CPU of all the run's processes / parse CPU {run_cpu / floor_cpu:.2f}")
    with Store(db, read_only=True) as store:
        print("records:", store.counts())
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
