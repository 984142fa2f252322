"""PDF input: the text layer of a PDF (ministries publish joint statements as PDF), read with pypdf.

Words split across lines ("coop-\\neration") are joined, running headers and footers (a line that opens or
closes most pages) and page numbers ("3", "Page 3 of 9", "- 3 -") are dropped. A PDF without a text layer
(a scan) is an InputError naming the file, never a traceback.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from pactline.core.errors import InputError
from pactline.reading.unwrap import unwrap

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.I)


def pdf_text(source: str, data: bytes) -> str:
    """The PDF's text, pages joined, running headers, footers and page numbers left out."""
    try:
        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings would print; the error is ours to tell

        reader = PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "") for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds for a damaged file; each is one bad input
        raise InputError(source, f"unreadable PDF ({type(exc).__name__})") from None
    if not any(p.strip() for p in pages):
        raise InputError(source, "PDF has no text layer (a scan?); nothing to read")
    return join_pages(pages)


def join_pages(pages: list[str]) -> str:
    lines_per_page = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    running = _running_lines(lines_per_page)
    kept: list[str] = []
    for lines in lines_per_page:
        kept.extend(line for line in lines if line not in running and not _PAGE_NUMBER.match(line))
    return _join_lines(kept)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines among the first or last two of at least half the pages (and of two or more)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update(set(lines[:2] + lines[-2:]))
    return {line for line, n in counts.items() if n >= max(2, len(pages) / 2)}


def _join_lines(lines: list[str]) -> str:
    """Lines back into paragraphs (reading/unwrap.py: a broken line runs on, a heading keeps its line); each line
    left ends a paragraph."""
    return "\n\n".join(line for line in unwrap("\n".join(lines), wrapped=True).split("\n") if line.strip())
