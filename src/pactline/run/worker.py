"""The worker: one input in, records out — everything per document that needs no store (read, prepare,
parse, extract). The local pipeline and the Dask runner both call ``process_item``."""

from __future__ import annotations

from pactline.core.errors import InputError
from pactline.core.options import Options
from pactline.core.records import Document, Extraction, RawDocument
from pactline.reading.ingest import InputItem, read_item
from pactline.reading.prepare import prepare

ItemOutcome = tuple[str, "list[tuple[str, object]] | InputError"]


def process_raw(raw: RawDocument, options: Options) -> tuple[Document, Extraction]:
    """Everything per document that needs no store: prepare, parse, extract. Raises InputError."""
    from pactline.extractors import run_extractors
    from pactline.language.analysis import analyse

    doc = prepare(raw, options)
    analysis = analyse(doc)
    return doc, run_extractors(analysis)


def process_item(item: InputItem, options: Options, known: dict[str, str]) -> ItemOutcome:
    """(source, list of ("unchanged", source) | ("stored", (doc, extraction)) | ("skipped", InputError)) or
    (source, InputError) when the input as a whole cannot be read."""
    try:
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
    return item.source, out
