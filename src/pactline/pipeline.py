"""The pipeline: ingest → clean and segment → sentences and dates → extract → store → link.

``run`` is the one call the CLI makes. The library never prints: progress goes to an optional callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ingest import expand_inputs, read_item
from .options import Options
from .prepare import prepare
from .records import Document, Extraction, RawDocument
from .store import Store

ProgressFn = Callable[[str, str], None]  # (what happened, source)


@dataclass
class RunReport:
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    links: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.skipped else 0


def process_raw(raw: RawDocument, options: Options) -> tuple[Document, Extraction]:
    """Everything per document that needs no store: prepare, parse, extract. Raises InputError."""
    from .extract import run_extractors
    from .nlp import analyse

    doc = prepare(raw, options)
    analysis = analyse(doc)
    return doc, run_extractors(analysis)


def run(
    paths: list[str],
    db: str | Path,
    options: Options | None = None,
    progress: ProgressFn | None = None,
) -> RunReport:
    """Read ``paths`` (files, folders, URLs), store what they say in ``db``, then link the whole store."""
    options = options or Options()
    report = RunReport()
    notify = progress or (lambda _what, _source: None)
    items, errors = expand_inputs(paths)
    report.skipped.extend(errors)
    with Store(db, memory_limit=options.store_memory_limit) as store:
        known = store.known_sources()
        unchanged = [item for item in items if _unchanged_file(item, known)]
        for item in unchanged:
            report.unchanged.append(item.source)
            notify("unchanged", item.source)
        items = [item for item in items if item not in unchanged]
        if (options.workers > 1 or options.cluster) and items:
            from .distributed import process_distributed

            results = process_distributed(items, options, known, notify)
        else:
            results = (_process_item(item, options, known) for item in items)
        batch: list[tuple[Document, Extraction]] = []

        def flush() -> None:
            if not batch:
                return
            for (doc, _extraction), changed in zip(batch, store.write_documents(batch), strict=True):
                (report.stored if changed else report.unchanged).append(doc.source)
                notify("stored", doc.source)
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
        if options.link and (report.stored or not _links_exist(store)):
            from .link import link_store

            notify("linking", "")
            report.links = link_store(store, options)
    return report


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


def _process_item(item, options: Options, known: dict[str, str]):  # type: ignore[no-untyped-def]
    """(source, list of ("unchanged", source) | ("stored", (doc, extraction))) or (source, InputError)."""
    try:
        raws = read_item(item, options)
    except InputError as exc:
        return item.source, exc
    out = []
    for raw in raws:
        if known.get(raw.source) == raw.raw_hash:
            out.append(("unchanged", raw.source))
            continue
        try:
            out.append(("stored", process_raw(raw, options)))
        except InputError as exc:
            return item.source, exc
        except RecursionError:
            return item.source, InputError(raw.source, "text too deeply nested to process")
    return item.source, out
