"""Extract: run the registered extractors over one analysed document.

Extractors register by name and declare what they produce, as spaCy components do:

    @extractor("figures", produces="facts")
    def extract_figures(analysis, context): ...

Adding a stage means adding a module that registers itself; neither the CLI nor the store changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pactline.core.records import Extraction
from pactline.extractors.actor_names import tidy_event_actors
from pactline.language.actors import DocumentContext, build_context
from pactline.language.analysis import Analysis, analysed_segments

ExtractorFn = Callable[[Analysis, DocumentContext], list[Any]]


@dataclass
class Registered:
    name: str
    produces: str  # events | commitments | facts
    fn: ExtractorFn


REGISTRY: dict[str, Registered] = {}


def extractor(name: str, produces: str) -> Callable[[ExtractorFn], ExtractorFn]:
    def register(fn: ExtractorFn) -> ExtractorFn:
        REGISTRY[name] = Registered(name, produces, fn)
        return fn

    return register


def context_for(analysis: Analysis) -> DocumentContext:
    doc = analysis.doc
    # captions name people in full ("Senegalese President …, left, is welcomed by …"): they help resolve them
    return build_context("\n".join(doc.text[s.start : s.end] for s in analysed_segments(doc)))


def run_extractors(analysis: Analysis, names: list[str] | None = None) -> Extraction:
    """Run the registered extractors (``names`` or all) over one analysed document.

    The built-in extractors register when ``pactline.extractors`` is imported; this module imports none of
    them, so there is no cycle between the registry and its plug-ins."""
    ctx = context_for(analysis)
    out = Extraction(sentences=[])
    for name, reg in REGISTRY.items():
        if names is not None and name not in names:
            continue
        getattr(out, reg.produces).extend(reg.fn(analysis, ctx))
    out.events = [tidy_event_actors(e) for e in out.events]  # a place never names an actor
    return out
