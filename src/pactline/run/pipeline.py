"""The pipeline: ingest → clean and segment → sentences and dates → extract → store → link.

``run`` is the one call the CLI makes. The library never prints: progress goes to an optional callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pactline.core import timing
from pactline.core.errors import InputError, LinkError, PactlineError
from pactline.core.options import MAX_AUTO_WORKERS, Options
from pactline.core.records import Document, Extraction
from pactline.reading.ingest import expand_inputs
from pactline.run.worker import process_item, tune_allocator
from pactline.store.database import Store

ProgressFn = Callable[[str, str], None]  # (what happened, source); "found" gives the number of inputs


@dataclass
class RunReport:
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # stored sources whose text another source already holds
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    links: int = 0
    # Where the time went (seconds per stage, summed over processes) and each process's peak RSS in MB
    # ("caller" and one entry per worker pid): what benchmarks/speed.py prints.
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    # CPU seconds each process used ("caller": during this run; a worker: its total when it last reported):
    # steadier than wall time on a shared machine.
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    link_error: LinkError | None = None  # the link stage failed after the documents were stored

    def add_usage(self, spent: dict[str, Any]) -> None:
        timing.merge(self.stage_seconds, spent["stages"])
        key = f"worker {spent['pid']}"
        self.peak_rss_mb[key] = max(self.peak_rss_mb.get(key, 0.0), spent["rss_mb"])
        self.cpu_seconds[key] = max(self.cpu_seconds.get(key, 0.0), spent.get("cpu_s", 0.0))

    @property
    def exit_code(self) -> int:
        return 1 if self.skipped or self.link_error else 0


def run(
    paths: list[str],
    db: str | Path,
    options: Options | None = None,
    progress: ProgressFn | None = None,
) -> RunReport:
    """Read ``paths`` (files, folders, URLs), store what they say in ``db``, then link the whole store."""
    options = options or Options()
    report = RunReport()
    _use_cores()
    timing.take()  # this run's own totals only
    cpu_start = timing.cpu_seconds()
    notify = progress or (lambda _what, _source: None)
    items, errors = expand_inputs(paths)  # the one place inputs are expanded
    own = {Path(str(db) + suffix).resolve() for suffix in ("", ".wal")}  # the record itself is no input
    report.skipped.extend(e for e in errors if Path(e.source).resolve() not in own)
    notify("found", str(len(items)))
    with Store(db, memory_limit=options.store_memory_limit) as store:
        known = store.known_sources()
        if any(item.url for item in items):
            from pactline.reading.feeds import expand_feeds

            items, feed_errors = expand_feeds(items, options, known)
            report.skipped.extend(feed_errors)
        unchanged = [item for item in items if _unchanged_file(item, known)]
        for item in unchanged:
            report.unchanged.append(item.source)
            notify("unchanged", item.source)
        items = [item for item in items if item not in unchanged]
        results = _results(items, options, known, notify, report)
        ready: dict[str, Any] = {}  # the stored documents' link index rows, as their workers computed them
        _store_results(results, store, report, options, notify, ready)
        if options.link and (report.stored or not _links_exist(store)):
            from pactline.link.stage import link_store

            notify("linking", "")
            with timing.stage("link"):
                try:
                    report.links = link_store(store, options, ready=ready)
                except PactlineError:
                    raise
                except Exception as exc:  # noqa: BLE001 - the documents are stored: say so in one line
                    report.link_error = LinkError(f"{db}: linking failed: internal error ({type(exc).__name__}: "
                                                  f"{exc}); the documents are stored; run `pactline relink`, and "
                                                  f"please report it")
    timing.merge(report.stage_seconds, timing.take())
    report.peak_rss_mb["caller"] = timing.peak_rss_mb()
    report.cpu_seconds["caller"] = timing.cpu_seconds() - cpu_start
    return report


def _results(items: list[Any], options: Options, known: dict[str, str], notify: ProgressFn, report: RunReport) -> Any:
    """(source, outcome) per input, in input order: from this process, forked local workers, or Dask."""
    from pactline.run import forked

    workers = worker_count(options)
    if workers > 1 and not options.cluster and forked.available() and len(items) >= options.min_forked_items:
        return forked.process_forked(items, replace(options, workers=workers), known, usage=report.add_usage)
    # A Dask cluster only when asked for: a cluster address, or workers named where fork is not used.
    if options.cluster and items or options.workers > 1 and len(items) >= options.min_distributed_items:
        from pactline.run.dask_runner import process_distributed

        return process_distributed(items, replace(options, workers=workers), known, notify, usage=report.add_usage)
    return (process_item(item, options, known) for item in items)


def worker_count(options: Options) -> int:
    """The worker processes a run uses: as asked, or with ``workers=0`` one per core this process may use
    (its CPU affinity, not the machine's count), at most MAX_AUTO_WORKERS."""
    import os

    if options.workers > 0:
        return options.workers
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(usable, MAX_AUTO_WORKERS))


def _use_cores() -> None:
    """This process encodes on up to two threads (it parses alone, or waits for its workers and then links);
    Dask workers encode on one (dask_runner), so two workers do not fight over the same cores."""
    import os

    from pactline.language.minilm import use_threads

    use_threads(min(2, os.cpu_count() or 1))
    tune_allocator()


def _store_results(
    results: Any, store: Store, report: RunReport, options: Options, notify: ProgressFn, ready: dict[str, Any],
) -> None:
    """Write the workers' documents in batches of ``options.write_batch``, in input order, noting in the report
    what was stored, unchanged or skipped; ``ready`` keeps the link index rows the workers computed for the
    documents that changed (up to READY_BYTES of them)."""
    batch: list[tuple[Document, Extraction]] = []
    held = [0]

    def flush() -> None:
        if not batch:
            return
        with timing.stage("store"):
            written = store.write_documents(batch)
        report.copies += store.copies_written
        copies = set(store.copies_written)  # stored under the document an earlier source gave
        for (doc, extraction), changed in zip(batch, written, strict=True):
            (report.stored if changed else report.unchanged).append(doc.source)
            notify("stored", doc.source)
            rows, extraction.link_rows = extraction.link_rows, None
            if changed and rows is not None and doc.source not in copies and held[0] < READY_BYTES:
                ready[doc.id] = rows
                held[0] += _size(rows)
        batch.clear()

    for source, outcome in results:
        if isinstance(outcome, InputError):
            report.skipped.append(outcome)
            notify("skipped", source)
            continue
        for item_result in outcome:
            if item_result is None:
                continue
            kind, payload = item_result
            if kind == "skipped":
                report.skipped.append(payload)
                notify("skipped", payload.source)
                continue
            if kind == "unchanged":
                report.unchanged.append(payload)
                notify("unchanged", payload)
                continue
            doc, extraction = payload
            for warning in doc.warnings:
                report.warnings.append((doc.source, warning))
            batch.append((doc, extraction))
            if len(batch) >= options.write_batch:
                flush()
    flush()


# The most memory the workers' link index rows may hold in this process until its link stage (beyond it, the
# link stage computes the rest itself, as it does for documents stored by an earlier run): about 6 KB a
# generated 600-word document, so some 5,000 of them.
READY_BYTES = 32 << 20


def _size(rows: Any) -> int:
    """About the bytes ``link/index.compact_rows`` rows hold: the shingle codes, and some per row."""
    _fingerprint, (_doc_row, units, bands) = rows
    return sum(unit[-1].nbytes for unit in units) + 200 * (1 + len(units)) + 120 * len(bands)


def _unchanged_file(item, known: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """A plain file whose bytes hash as stored needs no reading at all (a re-run's fast path)."""
    import hashlib

    if item.path is None or item.source not in known or item.path.suffix.lower() == ".jsonl":
        return False
    try:
        return hashlib.sha1(item.path.read_bytes()).hexdigest() == known[item.source]
    except OSError:
        return False


def _links_exist(store: Store) -> bool:
    """Derived tables are current unless a document was stored since they were last computed (also after
    a run that was killed between storing and linking)."""
    return store.get_meta("links_stale") != "1"
