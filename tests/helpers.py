"""Small helpers shared by tests: run the per-document stages on a text and get its records."""

from __future__ import annotations

from pactline.extract import run_extractors
from pactline.nlp import analyse
from pactline.options import Options
from pactline.prepare import prepare
from pactline.records import Extraction, RawDocument


def extract_text(text: str, published: str | None = None, source: str = "test.txt") -> Extraction:
    raw = RawDocument(source=source, text=text, fmt="txt", raw_hash="x", published=published)
    return run_extractors(analyse(prepare(raw, Options())))
