"""The worker: one input in, records out — everything per document that needs no store (read, prepare,
parse, extract). The local pipeline and the Dask runner both call ``process_item``."""

from __future__ import annotations

from typing import Any

from pactline.core.errors import InputError
from pactline.core.options import Options
from pactline.core.records import Document, Extraction, RawDocument
from pactline.core.timing import stage
from pactline.reading.ingest import InputItem, read_item
from pactline.reading.prepare import prepare

ItemOutcome = tuple[str, "list[tuple[str, object]] | InputError"]
_MMAP_THRESHOLD, _TRIM_THRESHOLD = -3, -1  # glibc's mallopt parameters


def tune_allocator() -> None:
    """Keep freed memory for reuse instead of returning it to the system at once. Dask starts its workers
    with MALLOC_TRIM_THRESHOLD_=65536, which also freezes glibc's mmap threshold: every NumPy temporary of
    the encoder (a few MB each) was then mapped, zero-filled and unmapped again, 5 × the page faults and
    1.9 × the CPU of encoding (measured: 300 sentences 3.5 s CPU; 1.5 s with these settings, 1.8 s with
    glibc's defaults). Only glibc (Linux) has mallopt; elsewhere nothing changes."""
    try:
        c = libc()
        c.mallopt(_MMAP_THRESHOLD, 64 << 20)
        c.mallopt(_TRIM_THRESHOLD, 128 << 20)
    except (OSError, AttributeError):
        pass


def libc() -> Any:
    """The C library (glibc on Linux), for the calls Python does not wrap; OSError where there is none."""
    import ctypes
    import ctypes.util

    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


def process_raw(raw: RawDocument, options: Options) -> tuple[Document, Extraction]:
    """Everything per document that needs no store: prepare, parse, extract. Raises InputError."""
    with stage("ingest+clean"):
        doc = prepare(raw, options)
    with stage("parse"):  # the model loads on first use, so its loading counts here
        from pactline.language.analysis import analyse

        analysis = analyse(doc)
    with stage("extract"):
        from pactline.extractors import run_extractors

        extraction = run_extractors(analysis)
    if options.link:
        # The document's link index rows, here where documents are read side by side, not in the calling
        # process's link stage, which runs alone after them (used there when the stored document matches).
        with stage("link"):
            from pactline.link.index import compact_rows, fingerprint

            try:
                extraction.link_rows = (fingerprint(doc), compact_rows(doc))
            except Exception:  # noqa: BLE001 - the link stage computes them again and reports what fails
                extraction.link_rows = None
    return doc, extraction


def process_item(item: InputItem, options: Options, known: dict[str, str]) -> ItemOutcome:
    """(source, list of ("unchanged", source) | ("stored", (doc, extraction)) | ("skipped", InputError)) or
    (source, InputError) when the input as a whole cannot be read."""
    try:
        with stage("ingest+clean"):
            raws = read_item(item, options)
    except InputError as exc:
        return item.source, exc
    out: list[tuple[str, object]] = []
    for raw in raws:
        if isinstance(raw, InputError):  # one bad line of a .jsonl file: the others go on
            out.append(("skipped", raw))
            continue
        if known.get(raw.source) == raw.raw_hash:
            out.append(("unchanged", raw.source))
            continue
        try:
            out.append(("stored", process_raw(raw, options)))
        except InputError as exc:
            out.append(("skipped", exc))  # this document only; the input's other documents go on
        except RecursionError:
            out.append(("skipped", InputError(raw.source, "text too deeply nested to process")))
        except Exception as exc:  # noqa: BLE001 - a fault of ours on one document must not stop the batch
            out.append(("skipped", InputError(raw.source, f"could not be processed: internal error "
                                                          f"({type(exc).__name__}: {exc}); please report it")))
    return item.source, out
