"""extractors: records from an analysed document — a registry that imports none of its plug-ins, and the
built-in extractors (events, commitments, figures; domains classify clauses) that register into it.

May import: language, core. Importing this package registers the built-in extractors.
"""

from pactline.extractors import commitments, events, figures  # noqa: F401  (they register themselves)
from pactline.extractors.registry import REGISTRY, extractor, run_extractors

__all__ = ["REGISTRY", "extractor", "run_extractors"]
