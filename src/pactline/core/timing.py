"""Per-stage time accounting, so a benchmark can tell where a run's time goes without a profiler.

Each process keeps its own totals (seconds per stage name); a worker hands its totals back with its results
and the calling process adds them up. Stages nest and count exclusively: the embedding done inside the link
stage counts as "embed", not also as "link". Timing costs two clock reads per stage entry.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager

STAGES = ("ingest+clean", "parse", "extract", "embed", "store", "link")
_totals: dict[str, float] = {}
_inner: list[float] = []  # per open stage, the time its nested stages took


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the time spent in the block to ``name``'s total in this process."""
    start = time.perf_counter()
    _inner.append(0.0)
    try:
        yield
    finally:
        spent = time.perf_counter() - start
        nested = _inner.pop()
        _totals[name] = _totals.get(name, 0.0) + spent - nested
        if _inner:
            _inner[-1] += spent


def take() -> dict[str, float]:
    """This process's totals since the last call, then start again from zero."""
    out = dict(_totals)
    _totals.clear()
    return out


def merge(into: dict[str, float], more: dict[str, float]) -> None:
    for name, seconds in more.items():
        into[name] = into.get(name, 0.0) + seconds


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU seconds (user and system) this process has used so far, all its threads together."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
