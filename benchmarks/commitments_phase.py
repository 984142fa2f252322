"""Time the link stage's commitments phase (same_commitment, follow-ups, entities, statuses per party pair)
on a stored record, without writing to it: the rows the phase would write are built as the writer builds
them and digested, so two versions of the code can be compared for speed and for identical output.

    python benchmarks/commitments_phase.py STORE.duckdb [--pairs K] [--profile N]

--pairs K takes every (190 / K)-th party pair (a spread sample; all pairs by default); --profile N prints the
N costliest functions (cProfile, cumulative). The store is opened read-only; vectors it lacks are encoded
and kept in memory only. --src DIR times another source tree (an export of an older commit): run the old and the new code alternately."""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def digest_writer(store: Any) -> Any:
    """A writer that builds the rows as the link stage's writer does and keeps them to digest, never inserting."""
    from pactline.store.derived import DerivedWriter

    class DigestWriter(DerivedWriter):
        def _add(self, table: str, rows: list[list[Any]]) -> None:
            self.kept.setdefault(table, []).extend(repr(r) for r in rows)

        def flush(self, table: str | None = None) -> None:
            pass

    made = DigestWriter(store)
    made.kept = {}
    return made


def summary(kept: dict[str, list[str]]) -> dict[str, tuple[int, str]]:
    return {t: (len(r), hashlib.sha256("\n".join(sorted(r)).encode()).hexdigest()[:16]) for t, r in kept.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--pairs", type=int, default=0, help="a spread sample of K party pairs (0: all)")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the pactline source tree to time (default: this one)")
    args = parser.parse_args()
    sys.path.insert(0, args.src)
    from pactline.link import stage
    from pactline.link.similarity import Similarity, one_blas_thread
    from pactline.store.database import Store

    store = Store(args.store, read_only=True)
    keys = sorted(r[0] for r in store.con.execute("SELECT DISTINCT pair_key FROM link_docs").fetchall() if r[0])
    if args.pairs:
        keys = keys[:: max(1, len(keys) // args.pairs)][: args.pairs]
    sim = Similarity(True, store)
    writer = digest_writer(store)
    profiler = cProfile.Profile() if args.profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    with one_blas_thread():
        stage._commitments(store, writer, set(keys), sim)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"commitments phase: {len(keys)} party pairs, {wall:.1f} s wall, {cpu:.1f} s CPU; {sim.encoded} texts encoded")
    for table, (n, digest) in sorted(summary(writer.kept).items()):
        print(f"  {table:<20}{n:>9} rows  {digest}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
