"""Scale-out: the per-document stages (read, clean, segment, parse, extract) on Dask distributed workers.

Each worker process loads the spaCy model once (it is cached per process) and returns plain records; the
calling process stores them in input order, a batch of documents per transaction, and then links the
merged store, exactly as a single-process run does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pactline.core.errors import ClusterError
from pactline.core.options import Options
from pactline.reading.ingest import InputItem
from pactline.run.worker import process_item, tune_allocator

CONNECT_TIMEOUT = "10s"  # a scheduler that does not answer by then is not there
TASK_SIZE = 4  # inputs per task: fewer, larger tasks cost the scheduler and the caller less per document


def _work(items: list[InputItem], options: Options, known: dict[str, str]) -> tuple[list[tuple[str, Any]], dict[str, Any]]:
    """The chunk's outcomes, and what the worker process spent on them (stage seconds, its pid, peak RSS and
    CPU seconds so far), with the sentence vectors it encoded for them (the caller's link stage reuses them)."""
    import os

    from pactline.core import timing
    from pactline.language.embeddings import take_fresh
    from pactline.language.minilm import use_threads

    use_threads(1)  # the other workers use the other cores
    tune_allocator()
    take_fresh()  # from now on this process keeps what it encodes for the caller
    outcomes = [process_item(item, options, known) for item in items]
    return outcomes, {"stages": timing.take(), "pid": os.getpid(), "rss_mb": timing.peak_rss_mb(),
                      "cpu_s": timing.cpu_seconds(), "vectors": take_fresh()}


def process_distributed(
    items: list[InputItem], options: Options, known: dict[str, str], notify: Callable[[str, str], None],
    usage: Callable[[dict[str, Any]], None] | None = None,
) -> Iterator[tuple[str, Any]]:
    """Yield (source, outcome) per input as workers finish, like the single-process generator does; ``usage``
    receives each chunk's worker accounting (stage seconds, pid, peak RSS)."""
    from dask.distributed import Client, LocalCluster, as_completed

    from pactline.language.embeddings import remember

    if options.cluster:
        try:
            client = Client(options.cluster, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"{options.cluster}: cannot reach a Dask scheduler there ({type(exc).__name__}: "
                               f"{exc}); start one (`dask scheduler`, see the README) or run without --cluster") from None
        cluster = None
    else:
        cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        local_options = Options(**{**options.__dict__, "workers": 1, "cluster": None})
        [known_future] = client.scatter([known], broadcast=True)
        chunks = [items[i : i + TASK_SIZE] for i in range(0, len(items), TASK_SIZE)]
        futures = [client.submit(_work, chunk, local_options, known_future, pure=False) for chunk in chunks]
        order = {f.key: i for i, f in enumerate(futures)}
        done: dict[int, list[tuple[str, Any]]] = {}
        next_index = 0
        # Store in input order, so a distributed run writes exactly what a single-process run writes.
        for future in as_completed(futures):
            outcomes, spent = future.result()
            remember(spent.pop("vectors", {}))  # the link stage will not encode these sentences again
            done[order[future.key]] = outcomes
            future.release()
            if usage is not None:
                usage(spent)
            while next_index in done:
                yield from done.pop(next_index)
                next_index += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
