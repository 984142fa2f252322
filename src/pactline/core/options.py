"""One options object passed down the pipeline instead of many arguments."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Options:
    max_bytes: int = 20_000_000  # larger inputs are skipped with a reason
    fetch_timeout: float = 20.0
    min_english_ratio: float = 0.12  # share of English function words below which a text is "not English"
    since: str | None = None  # ISO day: feed entries published before it are not fetched
    link: bool = True  # run the cross-document link stage after storing
    embeddings: bool = True  # use sentence embeddings for translation/paraphrase links
    workers: int = 1
    # Fewer inputs than this stay in one process even with workers: starting a local Dask cluster costs about
    # as much as parsing a dozen documents (measured: 10 documents took longer with 2 workers than with 1).
    min_distributed_items: int = 16
    cluster: str | None = None
    write_batch: int = 25  # documents per store transaction; a killed run redoes at most this many
    store_memory_limit: str | None = "512MB"  # DuckDB's own cap during a run (it spills beyond); None: its default
