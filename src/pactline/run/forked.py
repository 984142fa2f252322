"""Local workers for ``--workers N``: processes forked from the calling process once it has loaded the models.

A Dask LocalCluster spawns fresh interpreters: each imports the package, loads spaCy and the encoder and
compiles the gazetteer's patterns again (about 2 s of CPU each), and every task is sent through the
scheduler. Forked workers start with all of that already in memory (shared, copy-on-write), get the
store's known sources without pickling them, and return their outcomes straight to the caller, which
stores them in input order as they come, as a single-process run does. Only where fork is safe (Linux);
elsewhere, and with ``--cluster``, the Dask runner is used.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

from pactline.core.options import Options
from pactline.reading.ingest import InputItem

TASK_SIZE = 2  # inputs per task: small, so two workers finish together; a task costs well under a millisecond

# What every task needs, set before the fork so the workers inherit it instead of receiving it per task.
_shared: dict[str, Any] = {}


def available() -> bool:
    """Fork is the start method here: on Linux only (macOS's system libraries are not fork-safe)."""
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def warm_up() -> None:
    """Load in this process what every document needs, so forked workers start with it (spaCy, the gazetteer,
    the encoder, the tables and patterns of WARM)."""
    import importlib

    from rapidfuzz import fuzz  # noqa: F401  (names read in context compare by it)

    import pactline.extractors  # noqa: F401  (imports and registers the extractors)
    from pactline.language.actors import gazetteer
    from pactline.language.analysis import load_model
    from pactline.language.minilm import bundled

    load_model()
    gazetteer().organisation_pattern  # noqa: B018  (a cached property: compiled once, here)
    bundled()  # the classifiers' encoder: its 90 MB of weights shared by the workers, not loaded by each
    for name in WARM:
        module, function, *args = name.split(":")
        getattr(importlib.import_module(module), function)(*args)


# Tables, patterns and classifier weights every document's reading builds at its first use (cached builders
# of the package's data, "module:function[:argument...]"): built once here, before the fork, instead of once in
# each worker (measured: 0.3 to 0.5 s of CPU per worker on the five seeds, most of it compiling the gazetteer's
# large patterns). Their values are the same whichever process builds them (tests/run/test_warm_up.py).
WARM = (
    "pactline.language.titled:titled_patterns",
    "pactline.language.titled:_of_country",
    "pactline.language.titled:_counterparts",
    "pactline.language.holders:_honorific_patterns",
    "pactline.language.leaders:_full_names",
    "pactline.language.leaders:_titled_short_names",
    "pactline.language.leaders:_distinct_short_names",
    "pactline.language.actors:_joined_pattern",
    "pactline.language.actors:title_roles",
    "pactline.language.places:_folded_cities",
    "pactline.language.places:_joined_cities",
    "pactline.language.sentences:trigger_words",
    "pactline.language.static_vectors:_table",
    "pactline.language.minilm:_blas",
    "pactline.extractors.domains:_cue_patterns",
    "pactline.extractors.event_patterns:_patterns",
    "pactline.extractors.event_types:model:minilm",
    "pactline.extractors.event_types:model:static",
    "pactline.extractors.statement_kind:_model:minilm",
    "pactline.extractors.statement_kind:_model:static",
    "pactline.extractors.event_types:screens",
    "pactline.extractors.statement_kind:screen_value",
    "pactline.reading.datelines:_foreign_months",
    "pactline.reading.titles:_furniture",
    "pactline.core.vocab:patterns:boilerplate.json:caption",
    "pactline.core.vocab:patterns:boilerplate.json:boilerplate",
    "pactline.core.vocab:patterns:boilerplate.json:related_markers",
    "pactline.core.vocab:patterns:boilerplate.json:retracted",
)


def _start() -> None:
    """In each worker, once: one encoding thread (the other workers use the other cores), memory kept for
    reuse, nothing of the caller's stage totals, and the vectors it encodes kept for the caller."""
    from pactline.core import timing
    from pactline.language.embeddings import take_fresh
    from pactline.language.minilm import use_threads
    from pactline.run.worker import tune_allocator

    _die_with_caller()
    use_threads(1)
    tune_allocator()
    timing.take()
    take_fresh()


def _die_with_caller() -> None:
    """End this worker when the calling process dies, even by SIGKILL or the OOM killer (Linux's
    PR_SET_PDEATHSIG): it would otherwise wait on its task queue for ever, holding its memory. Its results
    only ever go to the caller, so there is nothing to save."""
    import os
    import signal

    from pactline.run.worker import libc

    try:
        libc().prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
    except (OSError, AttributeError):
        return
    if os.getppid() != _shared.get("caller", os.getppid()):
        os._exit(1)  # the caller died before the signal was asked for


_PR_SET_PDEATHSIG = 1


def _task(items: list[InputItem]) -> tuple[list[tuple[str, Any]], dict[str, Any]]:
    """The task's outcomes and the worker's accounting (as the Dask runner's ``_work`` gives them)."""
    import os

    from pactline.core import timing
    from pactline.language.embeddings import take_fresh
    from pactline.run.worker import process_item

    outcomes = [process_item(item, _shared["options"], _shared["known"]) for item in items]
    return outcomes, {"stages": timing.take(), "pid": os.getpid(), "rss_mb": timing.peak_rss_mb(),
                      "cpu_s": timing.cpu_seconds(), "vectors": take_fresh()}


def process_forked(
    items: list[InputItem], options: Options, known: dict[str, str],
    usage: Callable[[dict[str, Any]], None] | None = None,
) -> Iterator[tuple[str, Any]]:
    """Yield (source, outcome) per input in input order, the work done by ``options.workers`` forked
    processes; ``usage`` receives each task's worker accounting (stage seconds, pid, peak RSS, CPU)."""
    import gc
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from pactline.language.embeddings import remember

    warm_up()
    # What is loaded now is kept out of the cyclic collector's passes (gc.freeze), in the workers and here:
    # the workers' collections do not walk the models' objects again and again, nor write to the pages they
    # share with this process (which would copy them). Nothing is collected differently, only not scanned.
    gc.freeze()
    _shared.update(options=Options(**{**options.__dict__, "workers": 1, "cluster": None}), known=known,
                   caller=os.getpid())
    tasks = [items[i : i + TASK_SIZE] for i in range(0, len(items), TASK_SIZE)]
    pool = ProcessPoolExecutor(options.workers, mp_context=multiprocessing.get_context("fork"), initializer=_start)
    try:
        for outcomes, spent in pool.map(_task, tasks):
            remember(spent.pop("vectors", {}))  # the link stage will not encode these sentences again
            if usage is not None:
                usage(spent)
            yield from outcomes
    finally:
        # When storing fails (a full disk), the tasks not started yet are dropped, not run to the end.
        pool.shutdown(wait=True, cancel_futures=True)
        _shared.clear()
        gc.unfreeze()
