"""Small helpers shared by tests: run the per-document stages on a text and get its records."""

from __future__ import annotations

from pactline.core.options import Options
from pactline.core.records import Extraction, RawDocument
from pactline.extractors import run_extractors
from pactline.language.analysis import analyse
from pactline.reading.prepare import prepare


def extract_text(text: str, published: str | None = None, source: str = "test.txt") -> Extraction:
    raw = RawDocument(source=source, text=text, fmt="txt", raw_hash="x", published=published)
    return run_extractors(analyse(prepare(raw, Options())))
