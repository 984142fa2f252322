"""One options object passed down the pipeline instead of many arguments."""

from __future__ import annotations

from dataclasses import dataclass

MAX_AUTO_WORKERS = 4  # memory grows by about 400 MB per worker on 10,000 documents


@dataclass
class Options:
    max_bytes: int = 20_000_000  # larger inputs are skipped with a reason
    fetch_timeout: float = 20.0
    min_english_ratio: float = 0.12  # share of English function words below which a text is "not English"
    since: str | None = None  # ISO day: feed entries published before it are not fetched
    link: bool = True  # run the cross-document link stage after storing
    embeddings: bool = True  # use sentence embeddings for translation/paraphrase links
    # Worker processes for the per-document stages. 0 (the default): one per core this process may use, at
    # most MAX_AUTO_WORKERS, forked where fork is safe (Linux) and one process elsewhere; 1: one process.
    workers: int = 0
    # Forked workers start in milliseconds with the models already loaded: two inputs are worth them
    # (measured: the five seeds 7.7 s in one process, 5.9 s with two forked workers, the same records).
    min_forked_items: int = 2
    # Fewer inputs than this stay in one process where the workers are a local Dask cluster: starting one
    # costs about as much as parsing a dozen documents (10 documents took longer with 2 workers than with 1).
    min_distributed_items: int = 16
    cluster: str | None = None
    write_batch: int = 25  # documents per store transaction; a killed run redoes at most this many
    store_memory_limit: str | None = "512MB"  # DuckDB's own cap during a run (it spills beyond); None: its default
